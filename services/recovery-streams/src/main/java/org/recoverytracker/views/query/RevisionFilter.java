package org.recoverytracker.views.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.views.topology.Revision;

/**
 * Which revisions a listing shows: of one sector (or all), made in a window of time (both ends
 * inclusive, open when null), and older than the position a cursor gives (null: from the newest).
 */
public record RevisionFilter(String sector, Instant since, Instant until, String after) {

    boolean includes(RevisionEntry entry) {
        final Revision revision = entry.revision();
        return (sector == null || sector.equals(revision.sector()))
                && (since == null || !revision.changedAt().isBefore(since))
                && (until == null || !revision.changedAt().isAfter(until))
                && (after == null || entry.position().compareTo(after) < 0);
    }

    /** True when every revision at this time or older is outside the window. */
    boolean isPast(Instant changedAt) {
        return since != null && changedAt.isBefore(since);
    }

    /** The filter as the query of a peer request, with the page size. */
    String query(int limit) {
        final List<String> parameters = new ArrayList<>(List.of("limit=" + limit));
        if (sector != null) {
            parameters.add("sector=" + sector);
        }
        if (since != null) {
            parameters.add("since=" + since);
        }
        if (until != null) {
            parameters.add("until=" + until);
        }
        if (after != null) {
            parameters.add("cursor=" + Cursor.encode(after));
        }
        return "?" + String.join("&", parameters);
    }

    /** The filter with the position of a cursor; the cursor is checked. */
    static String positionOf(String cursor) {
        if (cursor == null) {
            return null;
        }
        final String position = Cursor.decode(cursor, "");
        if (!position.matches("\\d{19}\\|[A-Z0-9]{1,24}\\|\\d{19}")) {
            throw new InvalidQueryException(
                    "cursor is not one this service gave out: use a page's nextCursor as it is.");
        }
        return position;
    }
}
