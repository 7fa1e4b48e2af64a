package org.recoverytracker.views.topology;

import java.time.LocalDate;

/**
 * A change to one cell of a place's views (the key of the record is the place): measures to add
 * to its sector and week, when the change was made (the event record's timestamp, so that
 * replaying the topics gives the same views), why, and the event version that made it.
 *
 * @param cause null, like {@code event}, only on a change written by a release that did not say
 * @param counted the event as it counts in this cell from now on (its contribution and
 *                provenance), or null when the change takes it out of the cell
 */
public record CellDelta(
        String sector,
        LocalDate weekStart,
        Measures change,
        long changedAt,
        Cause cause,
        EventRef event,
        Contribution counted) {

    static CellDelta adding(Contribution contribution, long changedAt, Cause cause) {
        return new CellDelta(
                contribution.sector(),
                contribution.weekStart(),
                contribution.measures(),
                changedAt,
                cause,
                contribution.provenance().event(),
                contribution);
    }

    static CellDelta replacing(TrackedEvent before, Contribution after, long changedAt) {
        return new CellDelta(
                after.sector(),
                after.weekStart(),
                after.measures().minus(before.measures()),
                changedAt,
                Cause.CORRECTED,
                after.provenance().event(),
                after);
    }

    /** Takes an event version out of its cell, because {@code by} (a retraction or a moving correction) replaced it. */
    static CellDelta removing(TrackedEvent counted, long changedAt, Cause cause, EventRef by) {
        return new CellDelta(
                counted.sector(), counted.weekStart(), counted.measures().negated(), changedAt, cause, by, null);
    }
}
