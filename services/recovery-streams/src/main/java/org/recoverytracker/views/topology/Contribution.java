package org.recoverytracker.views.topology;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.rules.ViewSector;
import org.recoverytracker.schemas.CommonEventFields;

/**
 * What one live event adds to the views: its measures, in the cell of its place, sector and ISO
 * week (the Monday of the week it happened in). Everything else about the event is irrelevant to
 * the views, so this is what is remembered per event identity.
 */
public record Contribution(String place, String sector, LocalDate weekStart, Measures measures) {

    /** The contribution of a valid event of any kind. */
    public static Contribution of(SpecificRecord event) {
        final CommonEventFields common = CommonEventFields.of(event);
        return new Contribution(
                common.place(), ViewSector.of(common), weekStartOf(common.occurredOn()), measuresOf(event));
    }

    /** The Monday of the ISO week of a date. */
    public static LocalDate weekStartOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public boolean sameCell(Contribution other) {
        return place.equals(other.place) && sector.equals(other.sector) && weekStart.equals(other.weekStart);
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
