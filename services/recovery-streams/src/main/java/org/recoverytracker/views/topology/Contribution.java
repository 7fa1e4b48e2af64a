package org.recoverytracker.views.topology;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.rules.ViewPlace;
import org.recoverytracker.rules.ViewSector;
import org.recoverytracker.schemas.CommonEventFields;

/**
 * What one live event adds to the views: its measures, in the cell of its place, sector and ISO
 * week (the Monday of the week it happened in), and where that version of the event came from.
 * This is what is remembered per event behind each cell ({@link TrackedEvent} per identity).
 *
 * @param provenance null only for an event counted before the views kept provenance (state
 *                   restored from an older release), until its next version
 */
public record Contribution(
        String place, String sector, LocalDate weekStart, Measures measures, EventProvenance provenance) {

    /**
     * The contribution of a valid event of any kind.
     *
     * @param countsIn the current district the event counts in ({@link ViewPlace}), not the code
     *                 posted when that code has since ended: the event record and the provenance
     *                 keep the posted code
     */
    public static Contribution of(SpecificRecord event, String countsIn, EventProvenance provenance) {
        final CommonEventFields common = CommonEventFields.of(event);
        return new Contribution(
                countsIn, ViewSector.of(common), weekStartOf(common.occurredOn()), measuresOf(event), provenance);
    }

    Contribution withVersion(int version) {
        return new Contribution(place, sector, weekStart, measures, provenance.withVersion(version));
    }

    /** The number of this version of the event: 1 for a new identity, then +1 per correction. */
    int version() {
        // An event counted before versions were kept had at least one version before this one.
        return provenance == null ? 1 : provenance.event().version();
    }

    /** The Monday of the ISO week of a date. */
    public static LocalDate weekStartOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Measures measuresOf(SpecificRecord event) {
        if (event instanceof JobLossEvent jobLoss) {
            final boolean confirmed = jobLoss.getStatus() == JobLossStatus.CONFIRMED;
            return new Measures(confirmed ? 0 : jobLoss.getJobs(), confirmed ? jobLoss.getJobs() : 0, 0, 0, 0, 0, 0, 1);
        }
        if (event instanceof BusinessSupportEvent support) {
            return new Measures(
                    0, 0, support.getJobsSafeguarded(), support.getJobsCreated(), 0, support.getAmountPence(), 0, 1);
        }
        if (event instanceof GreenEconomyEvent green) {
            return new Measures(
                    0, 0, 0, green.getJobsCreated(), green.getJobsCreated(), 0, green.getInvestmentPence(), 1);
        }
        throw new IllegalArgumentException("not an event: " + event.getSchema().getFullName());
    }
}
