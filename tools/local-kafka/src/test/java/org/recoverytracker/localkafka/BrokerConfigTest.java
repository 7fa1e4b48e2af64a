package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    private final Path dataDir = Path.of("/srv/local-kafka");
    private final Map<String, String> config = BrokerConfig.singleNode(BrokerSettings.of(dataDir, 19092), 19093);

    @Test
    void usesOnlySettingsThatKafkaKnows() {
        // Kafka ignores unknown keys, so a misspelt one would silently keep the default.
        assertThat(KafkaConfig.configDef().names()).containsAll(config.keySet());
    }

    @Test
    void isAValidCombinedModeConfiguration() {
        KafkaConfig kafkaConfig = new KafkaConfig(config, false);

        assertThat(kafkaConfig.nodeId()).isEqualTo(BrokerConfig.NODE_ID);
        assertThat(kafkaConfig.metadataLogDir())
                .isEqualTo(dataDir.resolve("kafka-data").toString());
    }

    @Test
    void neverAsksForMoreThanTheOneReplicaThereIs() {
        Map<String, String> replicaCounts = config.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("replication.factor")
                        || entry.getKey().endsWith("min.isr")
                        || entry.getKey().equals("min.insync.replicas"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(replicaCounts)
                .containsKeys(
                        "offsets.topic.replication.factor",
                        "transaction.state.log.replication.factor",
                        "transaction.state.log.min.isr")
                .allSatisfy((key, value) -> assertThat(value).as(key).isEqualTo("1"));
    }

    @Test
    void listensForClientsAndTheControllerOnTheConfiguredHost() {
        assertThat(config)
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void aClusterNodeIsShapedAsProductionWithOneNodeToSpare() {
        Map<String, String> node = BrokerConfig.clusterNode(
                BrokerSettings.of(dataDir, 19092),
                new QuorumMembership(2, "1@127.0.0.1:19101,2@127.0.0.1:19102,3@127.0.0.1:19103", "cluster"));

        assertThat(KafkaConfig.configDef().names()).containsAll(node.keySet());
        assertThat(new KafkaConfig(node, false).nodeId()).isEqualTo(2);
        assertThat(node)
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19102")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19101,2@127.0.0.1:19102,3@127.0.0.1:19103")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2");
    }
}
