package org.recoverytracker.bench.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.BrokerSettings;
import org.recoverytracker.localkafka.LocalKafkaBroker;

class ViewsLagIT {

    private static final String GROUP = "bench-views";

    /** Each test has a topic of its own. */
    private static final String COMMITTED = "committed";

    private static final String OPEN = "open";

    @TempDir
    static Path dataDir;

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(BrokerSettings.of(dataDir, BrokerProcess.freePort()));
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(COMMITTED, 2, (short) 1), new NewTopic(OPEN, 2, (short) 1)))
                    .all()
                    .get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void countsTheCommittedRecordsTheGroupHasNotProcessedAndNothingBeforeItCommits() throws Exception {
        try (ViewsLag lag = new ViewsLag(bootstrap(), GROUP)) {
            assertThat(lag.records()).isEqualTo(-1);

            sendInTransactions(6, 4);
            commit(GROUP, Map.of(new TopicPartition(COMMITTED, 0), 2L, new TopicPartition(COMMITTED, 1), 0L));

            // 6 records and a commit marker on partition 0, 4 and a marker on partition 1; the
            // coordinator writes the markers after the commit returns.
            awaitLag(lag, (7 - 2) + (5 - 0));

            commit(GROUP, Map.of(new TopicPartition(COMMITTED, 0), 7L, new TopicPartition(COMMITTED, 1), 5L));
            assertThat(lag.records()).isZero();
        }
    }

    @Test
    void recordsOfATransactionStillOpenAreNotCountedYet() throws Exception {
        final String group = GROUP + "-open";
        try (ViewsLag lag = new ViewsLag(bootstrap(), group);
                KafkaProducer<String, String> producer = transactional("open")) {
            producer.initTransactions();
            commit(group, Map.of(new TopicPartition(OPEN, 0), 0L, new TopicPartition(OPEN, 1), 0L));
            assertThat(lag.records()).isZero();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(OPEN, 0, "key", "open")).get();
            assertThat(lag.records()).isZero();
            producer.commitTransaction();
            awaitLag(lag, 2);
        }
    }

    private static void sendInTransactions(int toPartition0, int toPartition1) {
        try (KafkaProducer<String, String> producer = transactional("committed")) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < toPartition0; i++) {
                producer.send(new ProducerRecord<>(COMMITTED, 0, "key", "value " + i));
            }
            for (int i = 0; i < toPartition1; i++) {
                producer.send(new ProducerRecord<>(COMMITTED, 1, "key", "value " + i));
            }
            producer.commitTransaction();
        }
    }

    private static KafkaProducer<String, String> transactional(String id) {
        return new KafkaProducer<>(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                id,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    private static void awaitLag(ViewsLag lag, long expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(lag.records()).isEqualTo(expected));
    }

    private static void commit(String group, Map<TopicPartition, Long> offsets) {
        final Map<String, Object> config = KafkaClients.consumer(bootstrap(), group);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(offsets.keySet());
            consumer.commitSync(offsets.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))));
        }
    }

    private static String bootstrap() {
        return broker.bootstrapServers();
    }
}
