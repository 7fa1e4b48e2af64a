package org.recoverytracker.dashboard.page;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.Week;

/**
 * The weekly bar chart's data, as the page's script hands it to ECharts: every week from the first
 * with events to the last, weeks without events as zeros so that the axis is even, each with its
 * label as the page writes it. Worked out here rather than in the script, so that the script only
 * draws.
 *
 * @param weeks the axis labels, "13 Apr 2020"
 * @param provisional whether each week's figures are still provisional, for the script to draw
 *     them apart; a week without events has no bars to mark, so it is false
 */
record WeeklyChart(
        List<String> weeks,
        List<Long> jobsLost,
        List<Long> jobsAtRisk,
        List<Long> jobsCreated,
        List<Long> jobsSafeguarded,
        List<Boolean> provisional) {

    /** Beyond ten years of weeks the gaps are left out, so that a stray date can't make the chart huge. */
    private static final long MOST_WEEKS_FILLED = 520;

    private static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static WeeklyChart of(List<Week> weeks) {
        final Map<LocalDate, Week> byWeek = new LinkedHashMap<>();
        weeks.forEach(week -> byWeek.put(week.weekStart(), week));
        final List<LocalDate> axis = new ArrayList<>(byWeek.keySet());
        if (axis.size() > 1) {
            final LocalDate first = axis.get(0);
            final long span = ChronoUnit.WEEKS.between(first, axis.get(axis.size() - 1)) + 1;
            if (span <= MOST_WEEKS_FILLED) {
                axis.clear();
                for (long week = 0; week < span; week++) {
                    axis.add(first.plusWeeks(week));
                }
            }
        }
        final WeeklyChart chart = new WeeklyChart(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
        for (LocalDate week : axis) {
            final Week shown = byWeek.get(week);
            final Figures figures = shown == null ? NONE : shown.figures();
            chart.weeks.add(FigureFormat.EN_GB.chartWeek(week));
            chart.jobsLost.add(figures.jobsLost());
            chart.jobsAtRisk.add(figures.jobsAtRisk());
            chart.jobsCreated.add(figures.jobsCreated());
            chart.jobsSafeguarded.add(figures.jobsSafeguarded());
            chart.provisional.add(shown != null && shown.provisional());
        }
        return chart;
    }
}
