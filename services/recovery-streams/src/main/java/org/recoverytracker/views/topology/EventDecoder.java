package org.recoverytracker.views.topology;

import java.nio.charset.StandardCharsets;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.rules.ViewPlace;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.Sha256;

/**
 * Decodes each event-topic record and checks it ({@link EventCheck}) against the contract's rules,
 * the same ones the ingest services and the partner gate apply: the views trust no writer. A
 * record that can't be used (not decodable, an unknown schema, a key that is not its identity,
 * content that breaks a rule) becomes a dead letter and changes no view; processing goes on.
 */
final class EventDecoder implements FixedKeyProcessor<String, byte[], DecodedEvent> {

    private final EventCheck check;
    private final EventTopicPartitions partitions;
    private final TopologyMetrics metrics;
    private FixedKeyProcessorContext<String, DecodedEvent> context;

    /**
     * @param publishedSchemas newer builds' schemas: only the project's services write the event
     *                         topics, so their records may be in a schema this build has not seen yet
     */
    EventDecoder(EventTopicPartitions partitions, SchemaStore publishedSchemas, TopologyMetrics metrics) {
        this.check = new EventCheck(publishedSchemas);
        this.partitions = partitions;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DecodedEvent> context) {
        this.context = context;
    }

    /**
     * Whatever the record holds, it is either forwarded or dead-lettered: a failure of any kind
     * here would otherwise fail the stream thread, which would read the same record again for
     * ever.
     */
    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        final RecordMetadata source = context.recordMetadata().orElseThrow();
        try {
            decode(record, source);
        } catch (RuntimeException e) {
            deadLetter(record, source, "unusable: " + e);
        }
    }

    private void decode(FixedKeyRecord<String, byte[]> record, RecordMetadata source) {
        final EventKind kind = EventKind.ofTopic(source.topic()).orElseThrow();
        final EventCheck.Outcome outcome = check.check(kind, record.key(), record.value());
        final String misplacement = outcome instanceof EventCheck.Refused ? null : misplacement(record.key(), source);
        if (misplacement != null) {
            deadLetter(record, source, misplacement);
        } else if (outcome instanceof EventCheck.Accepted accepted) {
            // Looked up once, for the place the event counts in and for its provenance.
            final String countsIn = ViewPlace.of(CommonEventFields.of(accepted.event()));
            context.forward(record.withValue(DecodedEvent.update(
                    ViewStores.identityKey(kind.id(), accepted.key().toString()),
                    Contribution.of(
                            accepted.event(), countsIn, provenance(kind, accepted, countsIn, record.value(), source)),
                    record.value())));
        } else if (outcome instanceof EventCheck.Retracted retracted) {
            context.forward(record.withValue(DecodedEvent.retraction(
                    ViewStores.identityKey(kind.id(), retracted.key().toString()),
                    new EventRef(
                            kind, retracted.key().partner(), retracted.key().eventId(), 0))));
        } else {
            deadLetter(record, source, ((EventCheck.Refused) outcome).reason());
        }
    }

    private EventProvenance provenance(
            EventKind kind, EventCheck.Accepted accepted, String countsIn, byte[] value, RecordMetadata source) {
        final CommonEventFields common = CommonEventFields.of(accepted.event());
        final Organisation organisation = CommonEventFields.organisation(accepted.event(), kind);
        return new EventProvenance(
                new EventRef(kind, accepted.key().partner(), accepted.key().eventId(), 0),
                common.receivedAt() == null ? 0 : common.receivedAt().toEpochMilli(),
                check.writerVersion(kind, value),
                source.topic(),
                source.partition(),
                source.offset(),
                Sha256.hex(value),
                check.contentSha256(kind, accepted.event()),
                common.occurredOn(),
                organisation.getName(),
                organisation.getCompanyNumber(),
                countsIn.equals(common.place()) ? null : common.place());
    }

    /**
     * Why a record is on another partition than the producers' default partitioner puts its key
     * (murmur2 of the key's bytes), as the ingest services and the gate write it. The views keep
     * each identity's contribution in the task of one partition: a version elsewhere (a producer
     * with another partitioner, an explicit partition, a topic whose partitions were added) would
     * be counted beside the first instead of replacing it, and a retraction there would miss it.
     *
     * @return null when it is where it belongs, or its partition count can't be known now
     */
    private String misplacement(String key, RecordMetadata source) {
        final int count = partitions.partitionsOf(source.topic(), source.partition());
        if (count <= 0) {
            return null;
        }
        final int expected = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % count;
        return expected == source.partition()
                ? null
                : "misplaced: on partition " + source.partition() + " of " + count
                        + ", but its key belongs on partition " + expected
                        + ", where the other versions of the event are";
    }

    private void deadLetter(FixedKeyRecord<String, byte[]> record, RecordMetadata source, String reason) {
        final DeadLetters.DeadLetter deadLetter =
                DeadLetters.of(record.headers(), source, reason, record.value(), metrics);
        context.forward(
                record.withValue(DecodedEvent.deadLetter(deadLetter.value())).withHeaders(deadLetter.headers()));
    }
}
