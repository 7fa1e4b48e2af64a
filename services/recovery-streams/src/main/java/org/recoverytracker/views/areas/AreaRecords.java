package org.recoverytracker.views.areas;

import java.util.Optional;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaMember;
import org.recoverytracker.schemas.EventCodec;

/**
 * Reads the records of {@code recovery.areas.v1}. Only the reference service should write the
 * topic, but the views trust no writer: a record is used only if it decodes, is keyed by its own
 * areaId, is within a sane size and its members are current districts with periods in order.
 */
final class AreaRecords {

    /**
     * The largest value taken. An area has at most 400 members of some 20 bytes and a name of 200
     * characters: about 9 KB. Anything far larger is not the reference service's.
     */
    static final int MAX_BYTES = 64 * 1024;

    /** The most members an area may have (the schema's documented limit). */
    static final int MAX_MEMBERS = 400;

    // The project's codec, for its limits on the lengths Avro allocates before reading them.
    private static final EventCodec<Area> CODEC = EventCodec.of(Area.class);

    private AreaRecords() {}

    /** The area a record holds, or why it can't be used. */
    sealed interface Outcome permits Usable, Unusable {}

    record Usable(AreaDefinition area) implements Outcome {}

    /** @param reason what is wrong, for the log; {@code kind} for the metric's label */
    record Unusable(String kind, String reason) implements Outcome {}

    static Outcome read(String key, byte[] value) {
        if (value.length > MAX_BYTES) {
            return new Unusable("too-large", value.length + " bytes, more than " + MAX_BYTES);
        }
        final Area area;
        try {
            area = CODEC.decode(value);
        } catch (RuntimeException e) {
            return new Unusable("undecodable", e.getMessage());
        }
        if (!area.getAreaId().equals(key)) {
            return new Unusable("key", "keyed '" + key + "' but its areaId is '" + area.getAreaId() + "'");
        }
        return invalidity(area)
                .<Outcome>map(reason -> new Unusable("invalid", reason))
                .orElseGet(() -> new Usable(AreaDefinition.of(area)));
    }

    /** A stored value: it was read by {@link #read} before it was stored. */
    static AreaDefinition stored(byte[] value) {
        return AreaDefinition.of(CODEC.decode(value));
    }

    private static Optional<String> invalidity(Area area) {
        if (area.getMembers().isEmpty() || area.getMembers().size() > MAX_MEMBERS) {
            return Optional.of(area.getMembers().size() + " members, not 1 to " + MAX_MEMBERS);
        }
        for (AreaMember member : area.getMembers()) {
            if (ReferenceData.uk().place(member.getPlace()).isEmpty()) {
                return Optional.of("member " + member.getPlace() + " is not a current district");
            }
            if (member.getFrom() != null
                    && member.getTo() != null
                    && member.getFrom().isAfter(member.getTo())) {
                return Optional.of(
                        "member " + member.getPlace() + " is from " + member.getFrom() + " to " + member.getTo());
            }
        }
        return Optional.empty();
    }
}
