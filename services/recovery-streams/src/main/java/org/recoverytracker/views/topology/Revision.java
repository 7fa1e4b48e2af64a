package org.recoverytracker.views.topology;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a place × sector × week view, as the revision log ({@code recovery.revisions.v1})
 * records it: the view before and after (null where it did not exist, or no longer does), why, and
 * the event version that caused it. Replaying the log's {@code after}s, the last per view, gives
 * the views.
 *
 * @param changedAt when the change reached the views: the time the broker appended the event record
 */
public record Revision(
        Instant changedAt,
        String place,
        String sector,
        LocalDate weekStart,
        Measures before,
        Measures after,
        Cause cause,
        Event event) {

    /** The event version that caused a change, as the drill-down names it. */
    public record Event(String partner, String kind, String eventId, int version) {

        static Event of(EventRef ref) {
            return new Event(ref.partner(), ref.kind().id(), ref.eventId(), ref.version());
        }
    }
}
