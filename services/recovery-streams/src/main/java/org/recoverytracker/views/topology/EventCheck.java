package org.recoverytracker.views.topology;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.rules.EventRules;
import org.recoverytracker.rules.Violation;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventDecodingException;
import org.recoverytracker.schemas.EventKey;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.Sha256;

/**
 * The checks an event record must pass to count, wherever it was read: its key is an identity,
 * its value decodes as the kind's schema, names that same identity and keeps the contract's rules
 * (the ones the ingest services apply). Shared by the event topics' decoder and the partner
 * topics' gate (and the 360Giving export, which reads the business-support topic), so they can't drift apart.
 */
public final class EventCheck {

    /** What a record turned out to be. */
    public sealed interface Outcome permits Accepted, Retracted, Refused {}

    /** A valid event: its identity and content. */
    public record Accepted(EventKey key, SpecificRecord event) implements Outcome {}

    /** A retraction (a null value) of the identity in the key. */
    public record Retracted(EventKey key) implements Outcome {}

    /** A record that can't be used, and why. */
    public record Refused(String reason) implements Outcome {}

    private final Map<EventKind, EventCodec<SpecificRecord>> codecs = new EnumMap<>(EventKind.class);
    private final Map<EventKind, EventRules<SpecificRecord>> rules = new EnumMap<>(EventKind.class);

    /** Reads the schema versions this build was released with. */
    EventCheck() {
        this(null);
    }

    /** Reads those and, beyond them, the schemas services have published (null: none). */
    @SuppressWarnings("unchecked")
    public EventCheck(SchemaStore publishedSchemas) {
        for (EventKind kind : EventKind.values()) {
            codecs.put(kind, (EventCodec<SpecificRecord>) EventCodec.of(kind.recordClass(), publishedSchemas));
            rules.put(kind, EventRules.forKind(kind));
        }
    }

    /** What a record of the kind's event topic is: an event that counts, a retraction, or refused and why. */
    public Outcome check(EventKind kind, String key, byte[] value) {
        final EventKey identity;
        try {
            identity = EventKey.parse(key);
        } catch (IllegalArgumentException e) {
            return new Refused("bad key: " + e.getMessage());
        }
        if (value == null) {
            return new Retracted(identity);
        }
        final SpecificRecord event;
        try {
            event = codecs.get(kind).decode(value);
        } catch (EventDecodingException e) {
            return new Refused("undecodable: the value is " + e.getMessage());
        }
        final EventKey eventIdentity;
        try {
            eventIdentity = CommonEventFields.of(event).key();
        } catch (IllegalArgumentException e) {
            return new Refused("the event's identity is not valid: " + e.getMessage());
        }
        if (!eventIdentity.equals(identity)) {
            return new Refused("the key is " + identity + " but the event is " + eventIdentity);
        }
        final List<Violation> violations = rules.get(kind).check(event);
        if (!violations.isEmpty()) {
            return new Refused("invalid: "
                    + violations.stream()
                            .map(violation -> violation.field() + " " + violation.message())
                            .collect(Collectors.joining("; ")));
        }
        return new Accepted(identity, event);
    }

    /** The number of the released schema that wrote a value of the kind (0: one this build has not released). */
    int writerVersion(EventKind kind, byte[] value) {
        return codecs.get(kind).writerVersion(value);
    }

    /**
     * The SHA-256 of an event's content: in the current schema and without its {@code receivedAt},
     * so that a resent copy, or one written in an older schema, hashes the same.
     */
    String contentSha256(EventKind kind, SpecificRecord event) {
        final Instant receivedAt = CommonEventFields.of(event).receivedAt();
        CommonEventFields.stampReceivedAt(event, Instant.EPOCH);
        try {
            return Sha256.hex(encode(kind, event));
        } finally {
            CommonEventFields.stampReceivedAt(event, receivedAt);
        }
    }

    /** The event in the kind's current schema, single-object encoded, as the ingest services write it. */
    byte[] encode(EventKind kind, SpecificRecord event) {
        return codecs.get(kind).encode(event);
    }
}
