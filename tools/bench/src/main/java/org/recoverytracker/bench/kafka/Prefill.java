package org.recoverytracker.bench.kafka;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.recoverytracker.bench.events.EventFactory;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the three event topics with events as a partner with Kafka access would produce them:
 * Avro single-object encoded, keyed {@code {partner}/{eventId}}, every event a new identity (so
 * the number of events in the views equals the number of records processed, at every moment).
 */
public final class Prefill {

    private final String bootstrap;

    public Prefill(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The mean size of key plus value of our event records, from a sample of them. */
    public static double meanRecordBytes(int sample) {
        final EventFactory events = new EventFactory(7);
        final Map<EventKind, EventCodec<SpecificRecord>> codecs = codecs();
        final Instant now = Instant.now();
        long bytes = 0;
        for (int i = 0; i < sample; i++) {
            final EventKind kind = EventFactory.kindOf(i);
            final String eventId = "fill-" + (1_000_000 + i);
            bytes += EventFactory.key(eventId).length()
                    + codecs.get(kind).encode(events.avro(kind, eventId, now)).length;
        }
        return (double) bytes / sample;
    }

    public ObjectNode fill(long count) {
        final Map<String, Object> config = KafkaClients.producer(bootstrap);
        // Throughput settings of a bulk loader; the ingest services write with lz4 too.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        final EventFactory events = new EventFactory(1);
        final Map<EventKind, EventCodec<SpecificRecord>> codecs = codecs();
        final AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        final long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            final Instant receivedAt = Instant.now();
            for (long i = 0; i < count && failure.get() == null; i++) {
                final EventKind kind = EventFactory.kindOf(i);
                final String eventId = "fill-" + i;
                final String key = EventFactory.key(eventId);
                final byte[] value = codecs.get(kind).encode(events.avro(kind, eventId, receivedAt));
                bytes += key.length() + value.length;
                producer.send(new ProducerRecord<>(kind.topic(), key, value), (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
                if ((i + 1) % 250_000 == 0) {
                    System.out.printf("      %,d events written%n", i + 1);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("prefill failed", failure.get());
        }
        final long nanos = System.nanoTime() - start;
        final ObjectNode result = ResultFile.object();
        result.put("events", count);
        result.put("meanRecordBytes", (double) bytes / count);
        result.put("seconds", nanos / 1e9);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<EventKind, EventCodec<SpecificRecord>> codecs() {
        final Map<EventKind, EventCodec<SpecificRecord>> codecs = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            codecs.put(kind, EventCodec.of((Class<SpecificRecord>) kind.recordClass()));
        }
        return codecs;
    }
}
