package org.recoverytracker.bench.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.recoverytracker.bench.monitor.ProcessCpu;

/**
 * The raw consume→produce baseline (CP): a plain Kafka loop that reads a topic and writes every
 * record unchanged to another, with the same exactly-once machinery Kafka Streams uses
 * under {@code exactly_once_v2} — one transactional producer, the consumed offsets committed inside
 * the transaction, a commit every 100 ms ({@code commit.interval.ms} of the streams service) — and
 * Kafka Streams' client defaults ({@code linger.ms=100}, {@code max.poll.records=1000}). What the
 * streams service does beyond this (decoding, checking, three state stores with their changelogs,
 * a repartition hop) is what its ratio to CP prices.
 */
public final class ConsumeProduce {

    private static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final String input;
    private final long brokerPid;

    /**
     * @param input the topic to read
     * @param brokerPid the broker's process, whose CPU time is counted with this loop's own
     */
    public ConsumeProduce(String bootstrap, String input, long brokerPid) {
        this.bootstrap = bootstrap;
        this.input = input;
        this.brokerPid = brokerPid;
    }

    /**
     * What one run measured: records copied, the time from the first record read to the last
     * commit, and the CPU seconds this loop and the broker used meanwhile.
     */
    public record Run(long records, long nanos, double loopCpuSeconds, double brokerCpuSeconds) {

        public double perSecond() {
            return records * 1e9 / nanos;
        }

        public double perCpuSecond() {
            return records / (loopCpuSeconds + brokerCpuSeconds);
        }
    }

    /**
     * Copies the first {@code records} records of the input topic, from the beginning, under a
     * fresh consumer group.
     */
    public Run run(long records) {
        final String id = "bench-cp-" + UUID.randomUUID();
        final Map<String, Object> consumerConfig = KafkaClients.consumer(bootstrap, id);
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        final Map<String, Object> producerConfig = KafkaClients.producer(bootstrap);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 100);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig)) {
            producer.initTransactions();
            consumer.subscribe(List.of(input));
            final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            long copied = 0;
            long firstRead = 0;
            double loopCpuStart = 0;
            double brokerCpuStart = 0;
            long lastCommit = System.nanoTime();
            long lastRecord = System.nanoTime();
            producer.beginTransaction();
            while (copied < records) {
                final ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(100));
                final long now = System.nanoTime();
                if (polled.isEmpty() && now - lastRecord > IDLE_LIMIT.toNanos()) {
                    throw new IllegalStateException(
                            "only " + copied + " of " + records + " records to copy were found");
                }
                for (ConsumerRecord<String, byte[]> record : polled) {
                    if (copied == 0) {
                        firstRead = now;
                        loopCpuStart = ProcessCpu.self();
                        brokerCpuStart = ProcessCpu.seconds(brokerPid);
                    }
                    if (copied < records) {
                        producer.send(
                                new ProducerRecord<>(BenchTopics.CONSUME_PRODUCE_OUT, record.key(), record.value()));
                        copied++;
                    }
                    offsets.put(
                            new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    lastRecord = now;
                }
                if (now - lastCommit >= COMMIT_INTERVAL.toNanos() || copied >= records) {
                    producer.sendOffsetsToTransaction(Map.copyOf(offsets), consumer.groupMetadata());
                    producer.commitTransaction();
                    lastCommit = System.nanoTime();
                    if (copied < records) {
                        producer.beginTransaction();
                    }
                }
            }
            return new Run(
                    copied,
                    System.nanoTime() - firstRead,
                    ProcessCpu.self() - loopCpuStart,
                    ProcessCpu.seconds(brokerPid) - brokerCpuStart);
        }
    }
}
