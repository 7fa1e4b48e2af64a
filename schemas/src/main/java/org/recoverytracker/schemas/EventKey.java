package org.recoverytracker.schemas;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Kafka key of an event: {@code {partner}/{eventId}}. Keying by identity keeps every version
 * of one event (create, corrections, retraction) in order on one partition, and lets compaction
 * keep just the latest.
 */
public record EventKey(String partner, String eventId) {

    /**
     * Partner ids are configured by operators; they never contain the key separator. The definition;
     * {@link #isPartnerId} checks it without a regex (a test keeps the two in agreement).
     */
    public static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The contract's event id: 1 to 64 characters of {@code [A-Za-z0-9._:-]}; see {@link #isEventId}. */
    public static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final char SEPARATOR = '/';

    public EventKey {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(eventId, "eventId");
        if (!isPartnerId(partner)) {
            throw new IllegalArgumentException("partner id must be 1 to 64 characters of [A-Za-z0-9._-]: " + partner);
        }
        if (!isEventId(eventId)) {
            throw new IllegalArgumentException("eventId must be 1 to 64 characters of [A-Za-z0-9._:-]: " + eventId);
        }
    }

    /**
     * Whether a partner id matches {@link #PARTNER_ID}, without a regex: the streams service checks
     * every record it reads, and the regexes were 15% of its stream thread's CPU.
     */
    public static boolean isPartnerId(String value) {
        return hasOnlyIdCharacters(value, false);
    }

    /** Whether an event id matches {@link #EVENT_ID}, without a regex. */
    public static boolean isEventId(String value) {
        return hasOnlyIdCharacters(value, true);
    }

    private static boolean hasOnlyIdCharacters(String value, boolean colonAllowed) {
        final int length = value.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            final char c = value.charAt(i);
            final boolean allowed = c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-'
                    || colonAllowed && c == ':';
            if (!allowed) {
                return false;
            }
        }
        return true;
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
