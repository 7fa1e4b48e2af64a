package org.recoverytracker.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the writer schemas a service writes events with to {@link RecoveryTopics#SCHEMAS},
 * before it writes with them (see {@link PublishedSchemas}). Publishing again is harmless: the
 * topic is compacted by fingerprint.
 */
public final class SchemaPublisher {

    private SchemaPublisher() {}

    /** The current schema of each kind. */
    public static List<Schema> currentSchemas(Collection<EventKind> kinds) {
        return kinds.stream()
                .map(kind -> EventCodec.of(kind.recordClass()).schema())
                .toList();
    }

    /**
     * Publishes the schemas and waits for the broker's acknowledgement ({@code acks=all}).
     *
     * @param clientProperties bootstrap servers and security of the cluster
     * @throws IllegalStateException when they can't be published within the timeout
     */
    public static void publish(Map<String, Object> clientProperties, Collection<Schema> schemas, Duration timeout) {
        final Map<String, Object> config = new HashMap<>(clientProperties);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1_000, timeout.toMillis() / 2));
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            final List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Schema schema : schemas) {
                final Map.Entry<String, byte[]> record = PublishedSchemas.record(schema);
                sent.add(
                        producer.send(new ProducerRecord<>(RecoveryTopics.SCHEMA, record.getKey(), record.getValue())));
            }
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new IllegalStateException(
                    "Could not publish the event schemas to " + RecoveryTopics.SCHEMA + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the event schemas", e);
        }
    }
}
