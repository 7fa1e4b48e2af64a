package org.recoverytracker.schemas;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;

/**
 * The envelope and the where-and-when fields that every event kind has, under the same names and
 * types (a schema test keeps it so), read from any of the three records.
 *
 * @param sicCode may be null when {@code sector} is given
 * @param sector may be null when {@code sicCode} is given
 */
public record CommonEventFields(
        String eventId,
        String partner,
        Instant receivedAt,
        String place,
        String sicCode,
        SicSection sector,
        LocalDate occurredOn) {

    /** The names of the common fields, as in every event schema and the JSON API. */
    public static final String EVENT_ID = "eventId";

    public static final String PARTNER = "partner";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String PLACE = "place";
    public static final String SIC_CODE = "sicCode";
    public static final String SECTOR = "sector";
    public static final String OCCURRED_ON = "occurredOn";

    public static CommonEventFields of(SpecificRecord event) {
        return new CommonEventFields(
                (String) field(event, EVENT_ID),
                (String) field(event, PARTNER),
                (Instant) field(event, RECEIVED_AT),
                (String) field(event, PLACE),
                (String) field(event, SIC_CODE),
                (SicSection) field(event, SECTOR),
                (LocalDate) field(event, OCCURRED_ON));
    }

    /** Sets when the event was accepted; Recovery Tracker sets it, never the partner. */
    public static void stampReceivedAt(SpecificRecord event, Instant receivedAt) {
        event.put(event.getSchema().getField(RECEIVED_AT).pos(), receivedAt);
    }

    /** The employer, recipient or organisation of an event of the kind. */
    public static Organisation organisation(SpecificRecord event, EventKind kind) {
        return (Organisation) field(event, kind.organisationField());
    }

    public EventKey key() {
        return new EventKey(partner, eventId);
    }

    private static Object field(SpecificRecord event, String name) {
        final Schema.Field field = event.getSchema().getField(name);
        if (field == null) {
            throw new IllegalArgumentException(event.getSchema().getName() + " has no field " + name);
        }
        return event.get(field.pos());
    }
}
