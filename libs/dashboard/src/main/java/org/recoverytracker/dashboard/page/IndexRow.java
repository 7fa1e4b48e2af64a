package org.recoverytracker.dashboard.page;

import java.util.function.Function;
import org.recoverytracker.dashboard.views.BaselineIndex;

/**
 * The rows of the table that sets an area's figures against the baseline, each with its label and
 * how its cell is written. A cell with no figure says why in words, so that the table reads
 * without a legend. The template calls them (public for Spring's expression language).
 */
public enum IndexRow {
    BASELINE(
            "baseline",
            false,
            reference ->
                    capitalised(unitOf(reference)) + " in " + reference.period() + " (" + reference.dataset() + ")",
            index -> index.value() == null ? IndexRow.NO_BASELINE : FigureFormat.count(index.value())),
    COVERAGE(
            "coverage",
            false,
            reference -> "Districts with a baseline",
            index -> FigureFormat.EN_GB.coverage(index.coverage())),
    JOBS_LOST_PER_THOUSAND(
            "jobsLostPerThousand",
            true,
            reference -> "Jobs lost per 1,000 " + unitOf(reference),
            index -> FigureFormat.EN_GB.rate(index.jobsLostPerThousand())),
    JOBS_AT_RISK_PCT(
            "jobsAtRiskPct",
            true,
            reference -> "Jobs at risk, as a share of " + unitOf(reference),
            index -> FigureFormat.EN_GB.percent(index.jobsAtRiskPct())),
    NET_JOB_CHANGE_PCT(
            "netJobChangePct",
            true,
            reference -> "Net job change, as a share of " + unitOf(reference),
            index -> FigureFormat.EN_GB.signedPercent(index.netJobChangePct())),
    EVENT_IMPLIED_INDEX(
            "eventImpliedIndex",
            true,
            reference -> "Index of reported change (" + reference.period() + " = 100)",
            index -> FigureFormat.EN_GB.rate(index.eventImpliedIndex()));

    private static final String NOT_AVAILABLE = "Not available";
    private static final String NO_BASELINE = "No baseline";
    private static final String TOO_SMALL = "Baseline too small";

    private final String key;
    private final boolean rate;
    private final Function<BaselineIndex, String> label;
    private final Function<BaselineIndex, String> figure;

    IndexRow(String key, boolean rate, Function<BaselineIndex, String> label, Function<BaselineIndex, String> figure) {
        this.key = key;
        this.rate = rate;
        this.label = label;
        this.figure = figure;
    }

    /** The row's key, as the Views API names the figure ({@code data-measure} on the page). */
    public String key() {
        return key;
    }

    /** The row's label, worded for the baseline shown (its variable, year and dataset). */
    public String label(BaselineIndex reference) {
        return label.apply(reference);
    }

    /**
     * An area's cell: the figure, or why there is none — the area's index could not be read just
     * now (null), or a rate has no baseline, or too small a one, to be set against.
     */
    public String cell(BaselineIndex index) {
        if (index == null) {
            return NOT_AVAILABLE;
        }
        if (rate && !index.hasRates()) {
            return BaselineIndex.BASELINE_TOO_SMALL.equals(index.reason()) ? TOO_SMALL : NO_BASELINE;
        }
        return figure.apply(index);
    }

    /** What the baseline counts: employees, or everyone in employment (employees and working owners). */
    private static String unitOf(BaselineIndex reference) {
        return "EMPLOYMENT".equals(reference.variable()) ? "people in employment" : "employees";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
