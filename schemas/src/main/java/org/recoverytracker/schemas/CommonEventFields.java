package org.recoverytracker.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
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

    /** The common fields in the order of the record's components (the indexes {@link #of} reads). */
    private static final List<String> NAMES =
            List.of(EVENT_ID, PARTNER, RECEIVED_AT, PLACE, SIC_CODE, SECTOR, OCCURRED_ON);

    private static final int RECEIVED_AT_INDEX = NAMES.indexOf(RECEIVED_AT);

    /**
     * Where each common field is in a kind's record (-1 where it has none), found once per class:
     * every event's fields are read several times over, and seven lookups by name each time were
     * 2.7% of the views' stream threads' samples ({@code tools/bench/run --profile}).
     */
    private static final ClassValue<int[]> POSITIONS = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> recordClass) {
            final Schema schema = SpecificData.getForClass(recordClass).getSchema(recordClass);
            return NAMES.stream()
                    .map(schema::getField)
                    .mapToInt(field -> field == null ? -1 : field.pos())
                    .toArray();
        }
    };

    public static CommonEventFields of(SpecificRecord event) {
        final int[] positions = POSITIONS.get(event.getClass());
        return new CommonEventFields(
                (String) field(event, positions, 0),
                (String) field(event, positions, 1),
                (Instant) field(event, positions, 2),
                (String) field(event, positions, 3),
                (String) field(event, positions, 4),
                (SicSection) field(event, positions, 5),
                (LocalDate) field(event, positions, 6));
    }

    /** Sets when the event was accepted; Recovery Tracker sets it, never the partner. */
    public static void stampReceivedAt(SpecificRecord event, Instant receivedAt) {
        event.put(position(event, POSITIONS.get(event.getClass()), RECEIVED_AT_INDEX), receivedAt);
    }

    /** The employer, recipient or organisation of an event of the kind. */
    public static Organisation organisation(SpecificRecord event, EventKind kind) {
        return (Organisation) field(event, kind.organisationField());
    }

    public EventKey key() {
        return new EventKey(partner, eventId);
    }

    private static Object field(SpecificRecord event, int[] positions, int common) {
        return event.get(position(event, positions, common));
    }

    /** Where the {@code common}-th of {@link #NAMES} is in the event's record. */
    private static int position(SpecificRecord event, int[] positions, int common) {
        if (positions[common] < 0) {
            throw noField(event, NAMES.get(common));
        }
        return positions[common];
    }

    private static Object field(SpecificRecord event, String name) {
        final Schema.Field field = event.getSchema().getField(name);
        if (field == null) {
            throw noField(event, name);
        }
        return event.get(field.pos());
    }

    private static IllegalArgumentException noField(SpecificRecord event, String name) {
        return new IllegalArgumentException(event.getSchema().getName() + " has no field " + name);
    }
}
