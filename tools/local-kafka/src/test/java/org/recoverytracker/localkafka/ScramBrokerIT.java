package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SCRAM listener authenticates users and Kafka's own authorizer holds them to their ACLs. */
class ScramBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void aScramUserWritesOnlyTheTopicsItsPrefixAclAllows() throws Exception {
        try (LocalKafkaBroker broker =
                        LocalKafkaBroker.startWithScram(BrokerSettings.of(dataDir, BrokerProcess.freePort()));
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic("team-a.events", 1, (short) 1), new NewTopic("team-b.events", 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                            "team-a", new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), "team-a-secret")))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            final ResourcePattern prefix = new ResourcePattern(ResourceType.TOPIC, "team-a.", PatternType.PREFIXED);
            admin.createAcls(List.of(
                            new AclBinding(
                                    prefix,
                                    new AccessControlEntry(
                                            "User:team-a", "*", AclOperation.WRITE, AclPermissionType.ALLOW)),
                            new AclBinding(
                                    prefix,
                                    new AccessControlEntry(
                                            "User:team-a", "*", AclOperation.DESCRIBE, AclPermissionType.ALLOW))))
                    .all()
                    .get(30, TimeUnit.SECONDS);

            try (KafkaProducer<String, byte[]> teamA = producer(broker, "team-a", "team-a-secret")) {
                teamA.send(new ProducerRecord<>("team-a.events", "k", bytes("mine")))
                        .get(30, TimeUnit.SECONDS);

                assertThatThrownBy(() -> teamA.send(new ProducerRecord<>("team-b.events", "k", bytes("theirs")))
                                .get(30, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
            assertThat(TestClients.readCommitted(broker.bootstrapServers(), "team-b.events"))
                    .isEmpty();
        }
    }

    private static KafkaProducer<String, byte[]> producer(LocalKafkaBroker broker, String user, String password) {
        final Map<String, Object> config = new HashMap<>(broker.scramClient(user, password));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
