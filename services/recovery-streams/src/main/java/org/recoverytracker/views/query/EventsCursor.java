package org.recoverytracker.views.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursor of a listing of events: the key of the last event of a page, opaque to callers
 * (URL-safe Base64) and checked on the way back in, so a cursor can only continue its own listing.
 */
final class EventsCursor {

    /** Far longer than any key of the cell events (codes, a kind, a partner and an event id). */
    private static final int MAX_LENGTH = 512;

    private EventsCursor() {}

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor continues after; it must be a key of the listing whose keys start with {@code prefix}. */
    static String decode(String cursor, String prefix) {
        final String key;
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(
                    "cursor is not one this service gave out: use a page's nextCursor as it is.");
        }
        if (!key.startsWith(prefix)) {
            throw new InvalidQueryException(
                    "cursor belongs to another listing: use it only with the place, sector and week it came from.");
        }
        return key;
    }
}
