package org.recoverytracker.views.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursor of a paged listing (events behind a figure, revisions): where the last item of a
 * page was, opaque to callers (URL-safe Base64) and checked on the way back in, so a cursor can
 * only continue its own listing.
 */
final class Cursor {

    /** Far longer than any position: a store key of codes, a kind, a partner and an event id, or a time. */
    private static final int MAX_LENGTH = 512;

    private Cursor() {}

    static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor continues after; it must be one of a listing whose positions start with {@code prefix}. */
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
