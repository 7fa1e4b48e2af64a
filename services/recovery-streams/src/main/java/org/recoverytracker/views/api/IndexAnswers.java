package org.recoverytracker.views.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.baselines.BaselineChoice;
import org.recoverytracker.views.baselines.BaselineTable;
import org.recoverytracker.views.baselines.BaselineTables;
import org.recoverytracker.views.baselines.IndexFigures;
import org.recoverytracker.views.query.InvalidQueryException;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.topology.Measures;
import org.springframework.stereotype.Component;

/**
 * How a scope's figures are set against a baseline, whatever the scope (a place, a region, a
 * partner's area): its baseline is the sum over its districts that have one, {@code coverage} their
 * share of its districts, and a week's index counts the net change of every week up to it.
 */
@Component
public class IndexAnswers {

    private static final ReferenceData UK = ReferenceData.uk();

    /** A week of an index series. */
    record IndexWeek(
            LocalDate weekStart,
            boolean provisional,
            @JsonUnwrapped IndexFigures figures) {}

    private final BaselineTables baselines;
    private final ProvisionalWeeks provisionalWeeks;

    public IndexAnswers(BaselineTables baselines, ProvisionalWeeks provisionalWeeks) {
        this.baselines = baselines;
        this.provisionalWeeks = provisionalWeeks;
    }

    /** The choice a question makes ({@code ?baseline=}), the default when it makes none; a 400 when malformed. */
    public static BaselineChoice choice(String baseline) {
        try {
            return BaselineChoice.parse(baseline == null ? BaselineChoice.DEFAULT : baseline);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    /** The districts of a region (its ITL1 code), or of the UK (null). */
    public static List<String> districtsOf(String region) {
        return UK.places().stream()
                .filter(place -> region == null || place.region().code().equals(region))
                .map(Place::code)
                .toList();
    }

    /** A scope's totals against its baseline. */
    public IndexFigures total(BaselineChoice choice, Collection<String> districts, String sector, Measures measures) {
        final BaselineTable.Coverage coverage = baselines.table(choice).over(districts, sector);
        return IndexFigures.of(choice, coverage, measures, measures.netJobChange());
    }

    /** The same for figures given as the three measures the rates are of (an open release's). */
    public IndexFigures total(
            BaselineChoice choice, Collection<String> districts, long jobsLost, long jobsAtRisk, long netJobChange) {
        final BaselineTable.Coverage coverage = baselines.table(choice).over(districts, null);
        return IndexFigures.of(choice, coverage, jobsLost, jobsAtRisk, netJobChange, netJobChange);
    }

    /**
     * Every week's figures, the index counting the net change of the weeks before too, so the
     * weeks before {@code from} are read and summed though not listed.
     */
    List<IndexWeek> weeks(
            BaselineChoice choice,
            Collection<String> districts,
            String sector,
            List<WeekEntry> weeks,
            LocalDate from,
            LocalDate to) {
        final BaselineTable.Coverage coverage = baselines.table(choice).over(districts, sector);
        final List<IndexWeek> rows = new ArrayList<>();
        long netToDate = 0;
        for (WeekEntry week : weeks) {
            netToDate += week.measures().netJobChange();
            if ((from == null || !week.weekStart().isBefore(from))
                    && (to == null || !week.weekStart().isAfter(to))) {
                rows.add(new IndexWeek(
                        week.weekStart(),
                        provisionalWeeks.isProvisional(week.weekStart()),
                        IndexFigures.of(choice, coverage, week.measures(), netToDate)));
            }
        }
        return rows;
    }
}
