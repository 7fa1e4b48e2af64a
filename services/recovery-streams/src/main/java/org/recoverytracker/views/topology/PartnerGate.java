package org.recoverytracker.views.topology;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.partners.PartnerRegistry;
import org.recoverytracker.rules.ViewPlace;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.PartnerTopic;

/**
 * The gate between partners' own topics and the event topics. A partner's Kafka principal can
 * write only its own partner topics, and Kafka can't check what is inside a record, so this does:
 * the topic's partner must be configured, and the key's and the value's partner must be that
 * partner; the place must be one it may write for (the registry the ingest services use); the
 * event keeps the rules. A passing record goes to the event topic of its kind, keyed by its
 * identity (so partitioned as the ingest services partition it), in the current schema, with
 * {@code receivedAt} set now and none of the partner's headers; a retraction retracts only that
 * partner's event. Anything else is a dead letter with the reason. Runs in the same exactly-once
 * transactions as the views, so each record is forwarded or dead-lettered exactly once.
 */
final class PartnerGate implements Processor<String, byte[], String, GatedRecord> {

    /** Far above any valid event (every text field at its longest is under 4 KB). */
    static final int MAX_VALUE_BYTES = 16 * 1024;

    private final EventCheck check = new EventCheck();
    private final PartnerRegistry partners;
    private final TopologyMetrics metrics;
    private ProcessorContext<String, GatedRecord> context;

    PartnerGate(PartnerRegistry partners, TopologyMetrics metrics) {
        this.partners = partners;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, GatedRecord> context) {
        this.context = context;
    }

    /** Forwards or dead-letters every record, whatever it holds: a failure here would stall the gate. */
    @Override
    public void process(Record<String, byte[]> record) {
        final RecordMetadata source = context.recordMetadata().orElseThrow();
        try {
            pass(record, source);
        } catch (RuntimeException e) {
            deadLetter(record, source, "unusable: " + e);
        }
    }

    private void pass(Record<String, byte[]> record, RecordMetadata source) {
        final Optional<PartnerTopic> topic = PartnerTopic.parse(source.topic());
        if (topic.isEmpty()) {
            deadLetter(record, source, "not a partner topic");
            return;
        }
        final String partnerId = topic.get().partner();
        final EventKind kind = topic.get().kind();
        final Optional<Partner> partner = partners.byId(partnerId);
        if (partner.isEmpty()) {
            deadLetter(record, source, "partner " + partnerId + " is not configured (recovery.partners)");
            return;
        }
        if (record.value() != null && record.value().length > MAX_VALUE_BYTES) {
            deadLetter(
                    record,
                    source,
                    "too large: " + record.value().length + " bytes; an event is at most " + MAX_VALUE_BYTES);
            return;
        }
        final EventCheck.Outcome outcome = check.check(kind, record.key(), record.value());
        if (outcome instanceof EventCheck.Refused refused) {
            deadLetter(record, source, refused.reason());
        } else if (outcome instanceof EventCheck.Retracted retracted) {
            if (retracted.key().partner().equals(partnerId)) {
                forward(record, kind, null);
            } else {
                deadLetter(
                        record,
                        source,
                        "the key's partner is " + retracted.key().partner() + ", not the topic's, " + partnerId);
            }
        } else {
            passEvent(record, source, partner.get(), kind, (EventCheck.Accepted) outcome);
        }
    }

    private void passEvent(
            Record<String, byte[]> record,
            RecordMetadata source,
            Partner partner,
            EventKind kind,
            EventCheck.Accepted accepted) {
        if (!accepted.key().partner().equals(partner.id())) {
            deadLetter(
                    record,
                    source,
                    "the event's partner is " + accepted.key().partner() + ", not the topic's, " + partner.id());
            return;
        }
        final CommonEventFields event = CommonEventFields.of(accepted.event());
        // As over HTTP: a code that has since ended is allowed for the partner of its district today.
        if (!partner.mayWriteFor(ViewPlace.of(event))) {
            deadLetter(
                    record,
                    source,
                    "partner " + partner.id() + " may not write for place " + ViewPlace.asPosted(event));
            return;
        }
        CommonEventFields.stampReceivedAt(accepted.event(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
        forward(record, kind, check.encode(kind, accepted.event()));
    }

    private void forward(Record<String, byte[]> record, EventKind kind, byte[] value) {
        context.forward(new Record<>(
                record.key(), GatedRecord.accepted(kind, value), context.currentSystemTimeMs(), new RecordHeaders()));
    }

    private void deadLetter(Record<String, byte[]> record, RecordMetadata source, String reason) {
        final DeadLetters.DeadLetter deadLetter =
                DeadLetters.of(record.headers(), source, reason, record.value(), metrics);
        context.forward(
                record.withValue(GatedRecord.deadLetter(deadLetter.value())).withHeaders(deadLetter.headers()));
    }
}
