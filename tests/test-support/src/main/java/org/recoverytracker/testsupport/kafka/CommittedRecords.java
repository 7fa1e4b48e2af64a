package org.recoverytracker.testsupport.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads what is on a topic, as a real consumer would, and writes to it as a partner with Kafka access would. */
public final class CommittedRecords {

    /** How long a read stays short of the high watermark before the rest is taken as an open transaction. */
    private static final Duration OPEN_TRANSACTION = Duration.ofSeconds(5);

    private CommittedRecords() {}

    /**
     * Every record a {@code read_committed} consumer sees, from the beginning: records of aborted
     * transactions, and of transactions still open, are not among them.
     *
     * <p>The end is the topic's high watermark, not the consumer's own end offsets: a committed
     * transaction's markers are written after the producer is told it committed, so until they
     * land a {@code read_committed} consumer's end (the last stable offset) still lies before the
     * batch, and reading "to the end" would find nothing. The reader waits for its position to
     * pass the high watermark; a position that stops short of it for {@link #OPEN_TRANSACTION}
     * is a transaction still open, and what was read so far is the answer.
     */
    public static List<ConsumerRecord<String, byte[]>> committed(String bootstrapServers, String topic) {
        final Map<TopicPartition, Long> end = highWatermarks(bootstrapServers, topic);
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers, "read_committed")) {
            final List<TopicPartition> partitions = List.copyOf(end.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long lastProgress = System.nanoTime();
            long behind = remaining(consumer, end);
            while (behind > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                final long now = remaining(consumer, end);
                if (now < behind) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > OPEN_TRANSACTION.toNanos()) {
                    break;
                }
                behind = now;
            }
            return records;
        }
    }

    /** The committed records under one key, in order. */
    public static List<ConsumerRecord<String, byte[]>> committed(String bootstrapServers, String topic, String key) {
        return committed(bootstrapServers, topic).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    /**
     * The sum of the topic's partitions' end offsets, counting every record ever appended —
     * committed, aborted or in an open transaction. Unchanged means nothing was written at all.
     */
    public static long writtenRecords(String bootstrapServers, String topic) {
        return highWatermarks(bootstrapServers, topic).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static Map<TopicPartition, Long> highWatermarks(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers, "read_uncommitted")) {
            return consumer.endOffsets(partitions(consumer, topic));
        }
    }

    /** Records (and markers) between the consumer's positions and the given ends. */
    private static long remaining(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream()
                .mapToLong(partition -> Math.max(0, partition.getValue() - consumer.position(partition.getKey())))
                .sum();
    }

    /** Produces a record and waits for the broker's acknowledgement ({@code acks=all}). */
    public static void produce(String bootstrapServers, String topic, String key, byte[] value) {
        produce(bootstrapServers, topic, null, key, value);
    }

    /**
     * Produces a record to a chosen partition (null: the one the default partitioner picks), as a
     * producer with its own partitioning rule would, and waits for the acknowledgement.
     */
    public static void produce(String bootstrapServers, String topic, Integer partition, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, partition, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String isolation) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-reader-" + UUID.randomUUID(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        isolation,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    /** A record's last header of that name as text, or null when it has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
