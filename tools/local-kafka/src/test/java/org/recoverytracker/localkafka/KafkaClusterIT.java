package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClusterIT {

    @TempDir
    Path dir;

    @Test
    void threeNodesKeepEveryCommittedRecordThroughTheLossOfTheLeaderAndOfTheActiveController() {
        try (KafkaCluster cluster = KafkaCluster.start(dir, 3, node -> BrokerProcess.Options.DEFAULT)) {
            String servers = cluster.bootstrapServers();
            TestClients.createDefaultTopic(servers, "ledger");
            assertThat(TestClients.replicas(servers, "ledger"))
                    .as("three replicas by default, as production has")
                    .singleElement()
                    .satisfies(replicas -> assertThat(replicas).containsExactlyInAnyOrder(1, 2, 3));

            try (KafkaProducer<String, String> producer = TestClients.transactionalProducer(servers, "ledger-writer")) {
                commit(producer, "before", 5);

                BrokerProcess leader = cluster.leaderOf("ledger", 0);
                leader.kill();
                commit(producer, "leader down", 5);
                leader.restart();

                BrokerProcess controller = cluster.activeController();
                controller.kill();
                commit(producer, "controller down", 5);
                controller.restart();
            }

            assertThat(TestClients.readCommitted(servers, "ledger"))
                    .containsExactlyElementsOf(IntStream.range(0, 15)
                            .mapToObj(n -> List.of("before", "leader down", "controller down")
                                            .get(n / 5) + " " + n % 5)
                            .toList());
            assertThat(cluster.nodes())
                    .extracting(node -> TestClients.clusterId(node.bootstrapServers()))
                    .as("one cluster")
                    .containsOnly(TestClients.clusterId(servers));
            KafkaCluster.Stopped stopped = cluster.stop();
            assertThat(stopped.stuck())
                    .as("nodes killed although a quorum could have let them stop")
                    .isEmpty();
            assertThat(IntStream.rangeClosed(1, 3)
                            .filter(node -> !stopped.outlivedQuorum().contains(node)))
                    .as("every other node stops cleanly")
                    .allSatisfy(
                            node -> assertThat(cluster.node(node).exitCode()).hasValue(0));
        }
    }

    @Test
    void aNodeLeftWithoutItsQuorumIsKilledAtOnceAndReportedApartFromAStuckOne() {
        try (KafkaCluster cluster = KafkaCluster.start(dir, 3, node -> BrokerProcess.Options.DEFAULT)) {
            cluster.node(2).kill();
            cluster.node(3).kill();

            KafkaCluster.Stopped stopped = cluster.stop();

            assertThat(stopped.stuck())
                    .as("not waited for as if a quorum could still let it stop")
                    .isEmpty();
            assertThat(stopped.outlivedQuorum())
                    .as("its broker waits for a controller to approve its controlled shutdown, and none is left")
                    .containsExactly(1);
            assertThat(cluster.node(1).isRunning()).isFalse();
        }
    }

    private static void commit(KafkaProducer<String, String> producer, String label, int count) {
        producer.beginTransaction();
        for (int n = 0; n < count; n++) {
            producer.send(new ProducerRecord<>("ledger", label + " " + n));
        }
        producer.commitTransaction();
    }
}
