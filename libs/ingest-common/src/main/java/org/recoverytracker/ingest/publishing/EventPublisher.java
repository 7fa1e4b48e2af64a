package org.recoverytracker.ingest.publishing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.recoverytracker.ingest.problems.KafkaUnavailableException;
import org.recoverytracker.schemas.EventKey;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes events to the kind's topic under their identity key and returns only once the broker
 * has acknowledged them ({@code acks=all}, idempotent producer). A batch is one Kafka transaction,
 * so a consumer reading committed records sees all of it or none of it.
 */
public final class EventPublisher {

    /** An event with its key; a null event is a retraction (tombstone). */
    public record KeyedEvent(EventKey key, SpecificRecord event) {

        KeyedRecord record() {
            return new KeyedRecord(key.toString(), event);
        }
    }

    /** Any record with its Kafka key (reference records are keyed otherwise than events); null removes. */
    public record KeyedRecord(String key, SpecificRecord value) {}

    private final KafkaTemplate<String, SpecificRecord> template;
    private final String topic;
    private final Duration timeout;
    private final KafkaConnectivity connectivity;

    public EventPublisher(
            KafkaTemplate<String, SpecificRecord> template,
            String topic,
            Duration timeout,
            KafkaConnectivity connectivity) {
        this.template = template;
        this.topic = topic;
        this.timeout = timeout;
        this.connectivity = connectivity;
    }

    /** Writes one event, or a retraction when {@code event} is null. */
    public void publish(KeyedEvent event) {
        publishRecord(event.record());
    }

    /** Writes every event in one transaction: all are committed, or none. */
    public void publishAll(List<KeyedEvent> events) {
        publishAllRecords(events.stream().map(KeyedEvent::record).toList());
    }

    /** Writes one record, or removes what its key holds when the value is null. */
    public void publishRecord(KeyedRecord record) {
        requireAvailable(1);
        try {
            template.send(topic, record.key(), record.value()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unavailable("Kafka did not acknowledge the event", e.getCause(), 1);
        } catch (TimeoutException e) {
            throw unavailable("Kafka did not acknowledge the event within " + timeout.toSeconds() + " s", e, 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Interrupted while waiting for Kafka", e, 1);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("Kafka did not take the event", e, 1);
        }
    }

    /** Writes every record in one transaction: all are committed, or none. */
    public void publishAllRecords(List<KeyedRecord> records) {
        requireAvailable(records.size());
        try {
            template.executeInTransaction(operations -> {
                records.forEach(record -> operations.send(topic, record.key(), record.value()));
                return null;
            });
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("Kafka did not commit the batch", e, records.size());
        }
    }

    private void requireAvailable(int eventCount) {
        connectivity.problem().ifPresent(problem -> {
            throw new KafkaUnavailableException("Kafka is unavailable (" + problem + ").", eventCount, null);
        });
    }

    private KafkaUnavailableException unavailable(String what, Throwable cause, int eventCount) {
        final Exception failure = cause instanceof Exception exception ? exception : new RuntimeException(cause);
        connectivity.reportFailure(failure);
        return new KafkaUnavailableException(what + ": " + rootMessage(cause) + ".", eventCount, cause);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
