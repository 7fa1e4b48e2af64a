package org.recoverytracker.views.topology;

import java.time.LocalDate;

/**
 * What the views remember of each live event identity to turn its next version into changes: the
 * cell it counts in, what it counts there, its version and its content hash. The rest of its
 * provenance (where it came from, who it names) is kept once, beside the cell it counts in
 * ({@link ViewStores#CELL_EVENTS}): keeping it here too doubled what every event wrote.
 *
 * @param version the number of this version of the event (1 for a new identity, then +1 per correction)
 * @param contentSha256 the content hash of {@link EventProvenance}; null for an event counted before
 *                      the views kept provenance, until its next version
 */
public record TrackedEvent(
        String place, String sector, LocalDate weekStart, Measures measures, int version, String contentSha256) {

    /** How an identity's version is remembered once it counts. */
    static TrackedEvent of(Contribution counted) {
        final EventProvenance provenance = counted.provenance();
        return new TrackedEvent(
                counted.place(),
                counted.sector(),
                counted.weekStart(),
                counted.measures(),
                counted.version(),
                provenance == null ? null : provenance.contentSha256());
    }

    /**
     * True when the new version is the same event with the same content (a resent or replayed copy):
     * counting it again would change nothing, not even the version.
     */
    boolean sameEventAs(Contribution newVersion) {
        if (contentSha256 == null || newVersion.provenance() == null) {
            // Counted before provenance was kept: all that is known is what it counts, and where.
            return sameCell(newVersion) && measures.equals(newVersion.measures());
        }
        return contentSha256.equals(newVersion.provenance().contentSha256());
    }

    boolean sameCell(Contribution other) {
        return place.equals(other.place()) && sector.equals(other.sector()) && weekStart.equals(other.weekStart());
    }
}
