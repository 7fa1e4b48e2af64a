package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerProcessIT {

    @TempDir
    Path dataDir;

    @Test
    void topicsAndRecordsSurviveKillAndRestartOnTheSameDirectory() {
        try (BrokerProcess broker = BrokerProcess.start(dataDir, BrokerProcess.freePort())) {
            TestClients.createTopic(broker.bootstrapServers(), "survivors");
            TestClients.send(broker.bootstrapServers(), "survivors", "written before the crash");
            String clusterId = TestClients.clusterId(broker.bootstrapServers());

            broker.kill();
            assertThat(broker.isRunning()).isFalse();

            broker.restart();
            assertThat(TestClients.clusterId(broker.bootstrapServers())).isEqualTo(clusterId);
            assertThat(TestClients.topics(broker.bootstrapServers())).contains("survivors");
            assertThat(TestClients.readCommitted(broker.bootstrapServers(), "survivors"))
                    .containsExactly("written before the crash");
        }
    }

    @Test
    void committedTransactionsAreVisibleAndAbortedOnesAreNot() {
        try (BrokerProcess broker = BrokerProcess.start(dataDir, BrokerProcess.freePort())) {
            TestClients.createTopic(broker.bootstrapServers(), "payments");

            try (KafkaProducer<String, String> producer =
                    TestClients.transactionalProducer(broker.bootstrapServers(), "payments-writer")) {
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("payments", "aborted"));
                producer.abortTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>("payments", "committed 1"));
                producer.send(new ProducerRecord<>("payments", "committed 2"));
                producer.commitTransaction();
            }

            assertThat(TestClients.readCommitted(broker.bootstrapServers(), "payments"))
                    .containsExactly("committed 1", "committed 2");
        }
    }

    @Test
    void stopShutsDownCleanlyWithExitCodeZeroAndAQuietLog() throws IOException {
        BrokerProcess broker = BrokerProcess.start(dataDir, BrokerProcess.freePort());
        try (broker) {
            assertThat(broker.stop()).isZero();
            assertThat(broker.isRunning()).isFalse();

            broker.restart();
            assertThat(TestClients.topics(broker.bootstrapServers())).isEmpty();
            assertThat(broker.stop()).isZero();
        }

        List<String> log = Files.readAllLines(broker.logFile());
        assertThat(log)
                .filteredOn(line -> line.startsWith(LocalKafkaBroker.READY_MESSAGE_PREFIX))
                .containsOnly("Kafka broker ready on " + broker.bootstrapServers() + " (data in " + dataDir + ")")
                .hasSize(2);
        assertThat(log)
                .as("broker output (Kafka at WARN, no logging set-up warnings)")
                .noneMatch(line -> line.contains("WARN")
                        || line.contains("ERROR")
                        || line.contains("SLF4J")
                        || line.contains("Exception")
                        || line.contains("|-"));
    }

    @Test
    void startFailsWithTheBrokerOutputWhenThePortIsTaken() throws IOException {
        try (ServerSocket occupant = new ServerSocket()) {
            occupant.bind(new InetSocketAddress(BrokerSettings.DEFAULT_HOST, 0));
            int takenPort = occupant.getLocalPort();

            assertThatThrownBy(() -> BrokerProcess.start(dataDir, takenPort))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with code 1 before it was ready")
                    .hasMessageContaining("Address already in use");
        }
    }
}
