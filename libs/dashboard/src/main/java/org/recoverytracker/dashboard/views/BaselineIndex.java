package org.recoverytracker.dashboard.views;

import java.util.List;

/**
 * An area's figures set against a baseline (the Views API's default, employees in 2019 from BRES),
 * as its {@code .../index} answers them: the rates are null when there is no usable baseline, and
 * {@code reason} says why.
 *
 * @param dataset the baseline's dataset, such as {@code BRES}
 * @param variable {@code EMPLOYEES} or {@code EMPLOYMENT}
 * @param period the baseline's year
 * @param value B, the sum over the area's districts that have a baseline; null when none has
 * @param coverage the share of the area's districts that have a baseline, 0 to 1
 * @param sources the titles of the sources B adds up from (an illustrative baseline says so there)
 * @param reason null when the rates are given, else {@value #NO_BASELINE} or {@value #BASELINE_TOO_SMALL}
 */
public record BaselineIndex(
        String dataset,
        String variable,
        String period,
        Long value,
        double coverage,
        List<String> sources,
        Double jobsLostPerThousand,
        Double jobsAtRiskPct,
        Double netJobChangePct,
        Double eventImpliedIndex,
        String reason) {

    public static final String NO_BASELINE = "NO_BASELINE";

    public static final String BASELINE_TOO_SMALL = "BASELINE_TOO_SMALL";

    public BaselineIndex {
        sources = List.copyOf(sources);
    }

    /** Whether the rates are given (there is a baseline large enough to set them against). */
    public boolean hasRates() {
        return reason == null;
    }
}
