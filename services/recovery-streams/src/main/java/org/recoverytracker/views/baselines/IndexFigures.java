package org.recoverytracker.views.baselines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.recoverytracker.views.topology.Measures;

/**
 * Figures set against a baseline B: jobs lost per thousand, jobs at risk and net job change as
 * percentages of B, and {@code eventImpliedIndex = 100 × (B + Σ netJobChange) / B}. Without a
 * baseline, or with one under {@value #MIN_BASELINE} (too small for a rate to mean anything), the
 * figures are null and {@code reason} says why.
 *
 * @param baseline what the figures are set against
 * @param reason null, {@code NO_BASELINE} or {@code BASELINE_TOO_SMALL}
 */
public record IndexFigures(
        Summary baseline,
        Double jobsLostPerThousand,
        Double jobsAtRiskPct,
        Double netJobChangePct,
        Double eventImpliedIndex,
        String reason) {

    public static final long MIN_BASELINE = 50;

    public static final String NO_BASELINE = "NO_BASELINE";

    public static final String BASELINE_TOO_SMALL = "BASELINE_TOO_SMALL";

    /**
     * The baseline a figure is set against.
     *
     * @param value B, null when no member has one
     * @param coverage the share of the scope's districts that have a baseline (0 to 1)
     * @param sources the titles of the sources B adds up from (an illustrative baseline says so there)
     */
    public record Summary(
            String dataset, String variable, String period, Long value, double coverage, List<String> sources) {

        public Summary {
            sources = List.copyOf(sources);
        }
    }

    /**
     * @param baseline B of the scope (null when no member of the scope has one), its coverage and sources
     * @param measures the scope's figures over the period asked for
     * @param netJobChangeToDate Σ netJobChange up to the end of that period (the index is a level, not a rate)
     */
    public static IndexFigures of(
            BaselineChoice choice, BaselineTable.Coverage baseline, Measures measures, long netJobChangeToDate) {
        return of(
                choice,
                baseline,
                measures.jobsLost(),
                measures.jobsAtRisk(),
                measures.netJobChange(),
                netJobChangeToDate);
    }

    /**
     * The same from the three measures the rates are of, for figures that are not the views' own
     * sums (the open figures of a release, whose net change is rounded on its own).
     */
    public static IndexFigures of(
            BaselineChoice choice,
            BaselineTable.Coverage baseline,
            long jobsLost,
            long jobsAtRisk,
            long netJobChange,
            long netJobChangeToDate) {
        final Long value = baseline.value();
        final Summary summary = new Summary(
                choice.dataset(),
                choice.variable().name(),
                choice.period(),
                value,
                round(baseline.coverage(), 4),
                baseline.sources());
        if (value == null) {
            return new IndexFigures(summary, null, null, null, null, NO_BASELINE);
        }
        if (value < MIN_BASELINE) {
            return new IndexFigures(summary, null, null, null, null, BASELINE_TOO_SMALL);
        }
        final double base = value;
        return new IndexFigures(
                summary,
                round(1000.0 * jobsLost / base, 2),
                round(100.0 * jobsAtRisk / base, 2),
                round(100.0 * netJobChange / base, 2),
                round(100.0 * (base + netJobChangeToDate) / base, 2),
                null);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
