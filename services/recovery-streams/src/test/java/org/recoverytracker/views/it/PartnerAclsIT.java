package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.BrokerSettings;
import org.recoverytracker.localkafka.LocalKafkaBroker;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.testing.SampleEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partners on a broker that authenticates them (SCRAM) and holds them to ACLs (Kafka's
 * StandardAuthorizer), each allowed to write only the topics with its partner prefix, as the chart
 * configures them. What Kafka can't check, the views service's gate does: a partner's records that
 * name another partner or a place outside its scope are dead-lettered and change no view.
 */
class PartnerAclsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventCodec<JobLossEvent> CODEC = EventCodec.of(JobLossEvent.class);
    private static final String HOUNSLOW = "hounslow-council";
    private static final String BRADFORD = "bradford-council";

    @TempDir
    static Path dirs;

    private static LocalKafkaBroker broker;
    private static ViewsInstance views;

    @BeforeAll
    static void startBrokerPartnersAndViews() throws Exception {
        broker = LocalKafkaBroker.startWithScram(BrokerSettings.of(dirs.resolve("kafka"), BrokerProcess.freePort()));
        // The views service creates every configured partner's topics; it connects as a super user here.
        views = ViewsInstance.start(
                broker.bootstrapServers(),
                dirs.resolve("streams"),
                "spring.config.import=classpath:recovery-local-partners.yml");
        await().atMost(Duration.ofSeconds(90)).until(views::isReady);
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            for (String partner : List.of(HOUNSLOW, BRADFORD)) {
                admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                                partner,
                                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
                                password(partner))))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                admin.createAcls(partnerAcls(partner)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (views != null) {
            views.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    /** What the chart's partner KafkaUser allows: write (and describe) the topics with its prefix, nothing else. */
    private static List<AclBinding> partnerAcls(String partner) {
        final ResourcePattern prefix =
                new ResourcePattern(ResourceType.TOPIC, PartnerTopic.prefix(partner), PatternType.PREFIXED);
        final List<AclBinding> acls = new ArrayList<>();
        for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.DESCRIBE)) {
            acls.add(new AclBinding(
                    prefix, new AccessControlEntry("User:" + partner, "*", operation, AclPermissionType.ALLOW)));
        }
        return acls;
    }

    @Test
    void aPartnerWritesOnlyItsOwnTopicsAndOnlyItsOwnEventsForItsOwnPlacesCount() throws Exception {
        final JobLossEvent hounslows =
                SampleEvents.jobLoss().setEventId("hr1-acl").build();
        final JobLossEvent bradfords = SampleEvents.jobLoss()
                .setPartner(BRADFORD)
                .setEventId("hr1-bradford")
                .setPlace(SampleEvents.BRADFORD)
                .build();
        try (KafkaProducer<String, byte[]> hounslow = producer(HOUNSLOW);
                KafkaProducer<String, byte[]> bradford = producer(BRADFORD)) {
            send(bradford, topic(BRADFORD), "bradford-council/hr1-bradford", bradfords);

            assertDenied(hounslow, topic(BRADFORD), "hounslow-council/hr1-acl", hounslows);
            assertDenied(hounslow, EventKind.JOB_LOSS.topic(), "hounslow-council/hr1-acl", hounslows);

            send(hounslow, topic(HOUNSLOW), "hounslow-council/hr1-acl", hounslows);
            send(hounslow, topic(HOUNSLOW), "hounslow-council/hr1-acl", hounslows);
            send(
                    hounslow,
                    topic(HOUNSLOW),
                    "hounslow-council/hr1-belfast",
                    SampleEvents.jobLoss()
                            .setEventId("hr1-belfast")
                            .setPlace(SampleEvents.BELFAST)
                            .build());
            send(
                    hounslow,
                    topic(HOUNSLOW),
                    "bradford-council/hr1-other",
                    SampleEvents.jobLoss().setEventId("hr1-other").build());
            send(
                    hounslow,
                    topic(HOUNSLOW),
                    "bradford-council/hr1-forged",
                    SampleEvents.jobLoss()
                            .setPartner(BRADFORD)
                            .setEventId("hr1-forged")
                            .setPlace(SampleEvents.BRADFORD)
                            .build());
            send(hounslow, topic(HOUNSLOW), "bradford-council/hr1-bradford", null);
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(deadLetterReasons())
                        .containsExactlyInAnyOrder(
                                "partner hounslow-council may not write for place N09000003",
                                "the key is bradford-council/hr1-other but the event is hounslow-council/hr1-other",
                                "the event's partner is bradford-council, not the topic's, hounslow-council",
                                "the key's partner is bradford-council, not the topic's, hounslow-council"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(place(SampleEvents.HOUNSLOW).get("events").asLong())
                    .as("the same event twice counts once")
                    .isEqualTo(1);
            assertThat(place(SampleEvents.HOUNSLOW).get("jobsAtRisk").asLong()).isEqualTo(hounslows.getJobs());
            assertThat(place(SampleEvents.BRADFORD).get("events").asLong())
                    .as("not retracted by Hounslow")
                    .isEqualTo(1);
        });
        assertThat(views.get("/v1/places/" + SampleEvents.BELFAST).status()).isEqualTo(404);
    }

    private static void assertDenied(
            KafkaProducer<String, byte[]> producer, String topic, String key, SpecificRecord event) {
        assertThatThrownBy(() -> send(producer, topic, key, event))
                .as(topic)
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, SpecificRecord event)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, key, event == null ? null : CODEC.encode((JobLossEvent) event)))
                .get(30, TimeUnit.SECONDS);
    }

    private static JsonNode place(String code) {
        final ViewsInstance.Response response = views.get("/v1/places/" + code);
        assertThat(response.status()).as(code).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> deadLetterReasons() {
        return DeadLetterReasons.on(broker.bootstrapServers());
    }

    private static String topic(String partner) {
        return new PartnerTopic(partner, EventKind.JOB_LOSS).name();
    }

    private static String password(String partner) {
        return partner + "-secret";
    }

    private static KafkaProducer<String, byte[]> producer(String partner) {
        final Map<String, Object> config = new HashMap<>(broker.scramClient(partner, password(partner)));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
