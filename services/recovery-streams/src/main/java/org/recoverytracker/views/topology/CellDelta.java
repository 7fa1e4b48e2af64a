package org.recoverytracker.views.topology;

import java.time.LocalDate;

/**
 * A change to one cell of a place's views (the key of the record is the place): measures to add
 * to its sector and week, and when the change was made (the event record's timestamp, so that
 * replaying the topics gives the same views).
 */
public record CellDelta(String sector, LocalDate weekStart, Measures change, long changedAt) {

    static CellDelta adding(Contribution contribution, long changedAt) {
        return new CellDelta(contribution.sector(), contribution.weekStart(), contribution.measures(), changedAt);
    }

    static CellDelta removing(Contribution contribution, long changedAt) {
        return new CellDelta(
                contribution.sector(),
                contribution.weekStart(),
                contribution.measures().negated(),
                changedAt);
    }
}
