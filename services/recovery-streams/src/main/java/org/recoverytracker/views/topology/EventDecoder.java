package org.recoverytracker.views.topology;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.recoverytracker.rules.EventRules;
import org.recoverytracker.rules.Violation;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventDecodingException;
import org.recoverytracker.schemas.EventKey;
import org.recoverytracker.schemas.EventKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each event record and checks it against the contract's rules — the same ones the ingest
 * services apply, because partners with Kafka access may produce straight to the topics. A record
 * that can't be used (not decodable, an unknown schema, a key that is not its identity, content
 * that breaks a rule) becomes a dead letter and changes no view; processing goes on.
 */
final class EventDecoder implements FixedKeyProcessor<String, byte[], DecodedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EventDecoder.class);

    private final Map<EventKind, EventCodec<? extends SpecificRecord>> codecs = new EnumMap<>(EventKind.class);
    private final Map<EventKind, EventRules<SpecificRecord>> rules = new EnumMap<>(EventKind.class);
    private final TopologyMetrics metrics;
    private FixedKeyProcessorContext<String, DecodedEvent> context;

    EventDecoder(TopologyMetrics metrics) {
        this.metrics = metrics;
        for (EventKind kind : EventKind.values()) {
            codecs.put(kind, EventCodec.of(kind.recordClass()));
            rules.put(kind, EventRules.forKind(kind));
        }
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
        final EventKey key;
        try {
            key = EventKey.parse(record.key());
        } catch (IllegalArgumentException e) {
            deadLetter(record, source, "bad key: " + e.getMessage());
            return;
        }
        final String identity = ViewStores.identityKey(kind.id(), key.toString());
        if (record.value() == null) {
            context.forward(record.withValue(DecodedEvent.retraction(identity)));
            return;
        }
        final SpecificRecord event;
        try {
            event = codecs.get(kind).decode(record.value());
        } catch (EventDecodingException e) {
            deadLetter(record, source, "undecodable: the value is " + e.getMessage());
            return;
        }
        final EventKey eventIdentity;
        try {
            eventIdentity = CommonEventFields.of(event).key();
        } catch (IllegalArgumentException e) {
            deadLetter(record, source, "the event's identity is not valid: " + e.getMessage());
            return;
        }
        if (!eventIdentity.equals(key)) {
            deadLetter(record, source, "the key is " + key + " but the event is " + eventIdentity);
            return;
        }
        final List<Violation> violations = rules.get(kind).check(event);
        if (!violations.isEmpty()) {
            deadLetter(record, source, "invalid: " + violations.stream()
                    .map(violation -> violation.field() + " " + violation.message())
                    .collect(Collectors.joining("; ")));
            return;
        }
        context.forward(record.withValue(DecodedEvent.update(identity, Contribution.of(event))));
    }

    private void deadLetter(FixedKeyRecord<String, byte[]> record, RecordMetadata source, String reason) {
        LOG.warn("Dead letter from {}-{}@{}: {}", source.topic(), source.partition(), source.offset(), reason);
        metrics.deadLetter(source.topic());
        context.forward(record.withValue(DecodedEvent.deadLetter(DeadLetters.value(record.value())))
                .withHeaders(DeadLetters.headers(record.headers(), source, reason, record.value())));
    }
}
