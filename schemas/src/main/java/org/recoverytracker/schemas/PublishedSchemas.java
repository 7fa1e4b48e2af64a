package org.recoverytracker.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer schemas services have published to {@link RecoveryTopics#SCHEMAS}, found by
 * fingerprint: how an instance of an older build reads a record written with a newer compatible
 * schema during a rolling upgrade (Avro resolves the newer writer schema to this build's reader
 * schema; an incompatible one still fails and is dead-lettered). Writers publish a schema before
 * they write with it ({@link #publish}), so a reader that meets an unknown fingerprint reads the
 * topic to its end and finds it there.
 *
 * <p>Only the project's services may write the topic (the chart's ACLs); even so, a schema is
 * taken only when its own fingerprint is its key, and is at most {@link #MAX_SCHEMA_BYTES}. A
 * fingerprint not found is looked for again only after {@code minInterval}, and a read waits at
 * most {@code timeout}, so records repeating a made-up fingerprint can't keep a stream thread
 * reading the topic (when it is read to its end already, a read is one request for its end offset).
 */
public final class PublishedSchemas implements SchemaStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedSchemas.class);
    static final int MAX_SCHEMA_BYTES = 64 * 1024;
    private static final int MAX_REMEMBERED_MISSES = 1_000;
    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<Long, Schema> byFingerprint = new ConcurrentHashMap<>();
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final Duration timeout;
    private final Duration minInterval;
    private final Map<Long, Long> missedAtNanos = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > MAX_REMEMBERED_MISSES;
        }
    };
    private Consumer<String, byte[]> consumer;

    PublishedSchemas(Supplier<Consumer<String, byte[]>> consumers, Duration timeout, Duration minInterval) {
        this.consumers = consumers;
        this.timeout = timeout;
        this.minInterval = minInterval;
    }

    /** Reads the schemas topic of the cluster these client properties connect to (bootstrap servers, security). */
    public static PublishedSchemas from(Map<String, Object> clientProperties) {
        final Map<String, Object> config = new HashMap<>(clientProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new PublishedSchemas(
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1));
    }

    /** The key a schema is published under: its 64-bit parsing fingerprint, as single-object encoding uses, in hex. */
    public static String key(Schema schema) {
        return String.format("%016x", SchemaNormalization.parsingFingerprint64(schema));
    }

    /** The record that publishes a schema. */
    public static Map.Entry<String, byte[]> record(Schema schema) {
        return Map.entry(key(schema), schema.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized Schema findByFingerprint(long fingerprint) {
        final Schema known = byFingerprint.get(fingerprint);
        if (known != null) {
            return known;
        }
        final long now = System.nanoTime();
        final Long missedAt = missedAtNanos.get(fingerprint);
        if (missedAt != null && now - missedAt < minInterval.toNanos()) {
            return null;
        }
        readToTheEnd();
        final Schema found = byFingerprint.get(fingerprint);
        if (found == null) {
            missedAtNanos.put(fingerprint, now);
        }
        return found;
    }

    private void readToTheEnd() {
        try {
            if (consumer == null) {
                consumer = consumers.get();
                final List<TopicPartition> partitions = consumer.partitionsFor(RecoveryTopics.SCHEMA, timeout).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            final Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), timeout);
            final long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(ends) && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(this::take);
            }
        } catch (KafkaException e) {
            LOG.warn(
                    "Could not read the published schemas ({}); records of an unknown schema are dead-lettered meanwhile",
                    e.toString());
            close();
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey(), timeout) >= end.getValue());
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length > MAX_SCHEMA_BYTES) {
            return;
        }
        try {
            final Schema schema = new Schema.Parser().parse(new String(record.value(), StandardCharsets.UTF_8));
            if (key(schema).equals(record.key())) {
                byFingerprint.put(SchemaNormalization.parsingFingerprint64(schema), schema);
            } else {
                LOG.warn(
                        "Ignoring a published schema whose key {} is not its fingerprint {}",
                        record.key(),
                        key(schema));
            }
        } catch (RuntimeException e) {
            LOG.warn("Ignoring a published schema that does not parse at offset {}: {}", record.offset(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
            consumer = null;
        }
    }
}
