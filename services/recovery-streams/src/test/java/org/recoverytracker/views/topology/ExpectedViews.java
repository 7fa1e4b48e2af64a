package org.recoverytracker.views.topology;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;

/**
 * The oracle: the views computed plainly from the contract's definitions over a set of live
 * events, with no knowledge of how the topology keeps them.
 */
public final class ExpectedViews {

    public final Map<String, Measures> sectorTotals = new TreeMap<>();
    public final Map<String, Measures> sectorWeeks = new TreeMap<>();
    public final Map<String, Measures> regionSectors = new TreeMap<>();
    public final Map<String, Measures> regionWeeks = new TreeMap<>();

    public static ExpectedViews of(Collection<? extends SpecificRecord> liveEvents) {
        final ExpectedViews views = new ExpectedViews();
        for (SpecificRecord event : liveEvents) {
            final CommonEventFields common = CommonEventFields.of(event);
            final String sector = common.sector() != null
                    ? common.sector().name()
                    : ReferenceData.uk()
                            .divisionOfSicCode(common.sicCode())
                            .orElseThrow()
                            .section()
                            .code();
            LocalDate monday = common.occurredOn();
            while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                monday = monday.minusDays(1);
            }
            final Measures measures = measuresOf(event);
            // An event on a code that has since ended counts in the successor the file names.
            final String place = ReferenceData.uk()
                    .districtHistory()
                    .code(common.place())
                    .map(code -> code.isCurrent() ? code.code() : code.successor())
                    .orElseThrow();
            views.sectorTotals.merge(place + "|" + sector, measures, Measures::plus);
            views.sectorWeeks.merge(place + "|" + sector + "|" + monday, measures, Measures::plus);
            final String region =
                    ReferenceData.uk().place(place).orElseThrow().region().code();
            views.regionSectors.merge(region + "|" + sector, measures, Measures::plus);
            views.regionWeeks.merge(region + "|" + monday, measures, Measures::plus);
        }
        return views;
    }

    /** The contract's measures table, event by event. */
    private static Measures measuresOf(SpecificRecord event) {
        long atRisk = 0;
        long lost = 0;
        long safeguarded = 0;
        long created = 0;
        long green = 0;
        long awarded = 0;
        long invested = 0;
        if (event instanceof JobLossEvent jobLoss) {
            if (jobLoss.getStatus() == JobLossStatus.PROPOSED) {
                atRisk = jobLoss.getJobs();
            } else {
                lost = jobLoss.getJobs();
            }
        } else if (event instanceof BusinessSupportEvent support) {
            safeguarded = support.getJobsSafeguarded();
            created = support.getJobsCreated();
            awarded = support.getAmountPence();
        } else {
            final GreenEconomyEvent greenEvent = (GreenEconomyEvent) event;
            created = greenEvent.getJobsCreated();
            green = greenEvent.getJobsCreated();
            invested = greenEvent.getInvestmentPence();
        }
        return new Measures(atRisk, lost, safeguarded, created, green, awarded, invested, 1);
    }
}
