package org.recoverytracker.schemas.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventDecodingException;
import org.recoverytracker.schemas.EventKind;

/**
 * Prints the records of an event topic (or the dead-letter topic) as a partner or operator wants
 * to see them: key, partition and offset, and the event decoded from Avro ({@code null} for a
 * retraction). Reads what a {@code read_committed} consumer sees, from the beginning to the end
 * the topic had when it started, then stops.
 *
 * <pre>./mvnw -q -pl schemas compile exec:java -Dexec.args="localhost:9092 recovery.job-loss.v1"</pre>
 */
public final class ReadEvents {

    private ReadEvents() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReadEvents <bootstrap servers> <topic>");
            System.exit(2);
        }
        read(args[0], args[1], System.out);
    }

    static void read(String bootstrapServers, String topic, PrintStream out) {
        final EventCodec<? extends SpecificRecord> codec = EventKind.ofTopic(topic)
                .map(kind -> EventCodec.of(kind.recordClass()))
                .orElse(null);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "read-events-" + UUID.randomUUID(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> out.println(describe(record, codec)));
            }
        }
    }

    private static String describe(ConsumerRecord<String, byte[]> record, EventCodec<? extends SpecificRecord> codec) {
        final StringBuilder line = new StringBuilder()
                .append(record.partition())
                .append('@')
                .append(record.offset())
                .append(' ')
                .append(record.key())
                .append(' ');
        if (record.value() == null) {
            return line.append("null (retracted)").toString();
        }
        if (codec == null) {
            for (Header header : record.headers()) {
                line.append(header.key())
                        .append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8))
                        .append(' ');
            }
            return line.append('(')
                    .append(record.value().length)
                    .append(" bytes)")
                    .toString();
        }
        try {
            return line.append(codec.decode(record.value())).toString();
        } catch (EventDecodingException e) {
            return line.append("undecodable: ").append(e.getMessage()).toString();
        }
    }
}
