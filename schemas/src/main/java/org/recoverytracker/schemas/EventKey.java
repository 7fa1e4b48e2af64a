package org.recoverytracker.schemas;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Kafka key of an event: {@code {partner}/{eventId}}. Keying by identity keeps every version
 * of one event (create, corrections, retraction) in order on one partition, and lets compaction
 * keep just the latest.
 */
public record EventKey(String partner, String eventId) {

    /** Partner ids are configured by operators; they never contain the key separator. */
    public static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The contract's event id: 1 to 64 characters of {@code [A-Za-z0-9._:-]}. */
    public static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final char SEPARATOR = '/';

    public EventKey {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(eventId, "eventId");
        if (!PARTNER_ID.matcher(partner).matches()) {
            throw new IllegalArgumentException("partner id must be 1 to 64 characters of [A-Za-z0-9._-]: " + partner);
        }
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw new IllegalArgumentException("eventId must be 1 to 64 characters of [A-Za-z0-9._:-]: " + eventId);
        }
    }

    /**
     * Parses a key as it appears on an event topic.
     *
     * @throws IllegalArgumentException when the key is not {@code {partner}/{eventId}}
     */
    public static EventKey parse(String key) {
        if (key == null) {
            throw new IllegalArgumentException("the record has no key; expected {partner}/{eventId}");
        }
        final int separator = key.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("key '" + key + "' is not {partner}/{eventId}");
        }
        return new EventKey(key.substring(0, separator), key.substring(separator + 1));
    }

    @Override
    public String toString() {
        return partner + SEPARATOR + eventId;
    }
}
