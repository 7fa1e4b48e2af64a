package org.recoverytracker.dashboard.views;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's measures of one view, as integers (money in pence). The net change is given, not
 * worked out here, so that it is defined once, where the views are kept.
 *
 * <p>Exact figures have every value and no flags. Open figures (a release of the
 * disclosure-controlled views) have a null value where a figure is suppressed, and the GSS symbols
 * of each measure that has any ({@code c}, {@code k}, {@code p}, {@code r}), so that the page can
 * say in words why a figure is missing or what it stands for.
 *
 * @param flags each measure's GSS symbols; a measure without any is absent
 */
public record Figures(
        Long jobsAtRisk,
        Long jobsLost,
        Long jobsSafeguarded,
        Long jobsCreated,
        Long greenJobsCreated,
        Long supportAwardedPence,
        Long greenInvestmentPence,
        Long netJobChange,
        Long events,
        Map<Measure, List<String>> flags) {

    public Figures {
        flags = flags.isEmpty() ? Map.of() : Map.copyOf(flags);
    }

    /** Exact figures: every value known, no flags. */
    public Figures(
            long jobsAtRisk,
            long jobsLost,
            long jobsSafeguarded,
            long jobsCreated,
            long greenJobsCreated,
            long supportAwardedPence,
            long greenInvestmentPence,
            long netJobChange,
            long events) {
        this(
                (Long) jobsAtRisk,
                (Long) jobsLost,
                (Long) jobsSafeguarded,
                (Long) jobsCreated,
                (Long) greenJobsCreated,
                (Long) supportAwardedPence,
                (Long) greenInvestmentPence,
                (Long) netJobChange,
                (Long) events,
                Map.of());
    }

    /**
     * Open figures as the open views write them: each measure's value by its API field name (null
     * or absent when suppressed), and the symbols of those that have any.
     */
    public static Figures open(Map<String, Long> values, Map<String, List<String>> flags) {
        final Map<Measure, List<String>> byMeasure = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            final List<String> symbols = flags.get(measure.key());
            if (symbols != null && !symbols.isEmpty()) {
                byMeasure.put(measure, List.copyOf(symbols));
            }
        }
        return new Figures(
                values.get(Measure.JOBS_AT_RISK.key()),
                values.get(Measure.JOBS_LOST.key()),
                values.get(Measure.JOBS_SAFEGUARDED.key()),
                values.get(Measure.JOBS_CREATED.key()),
                values.get(Measure.GREEN_JOBS_CREATED.key()),
                values.get(Measure.SUPPORT_AWARDED.key()),
                values.get(Measure.GREEN_INVESTMENT.key()),
                values.get(Measure.NET_JOB_CHANGE.key()),
                values.get(Measure.EVENTS.key()),
                byMeasure);
    }

    /** A measure's value; null when it is suppressed (open figures only). */
    public Long of(Measure measure) {
        return switch (measure) {
            case JOBS_AT_RISK -> jobsAtRisk;
            case JOBS_LOST -> jobsLost;
            case JOBS_SAFEGUARDED -> jobsSafeguarded;
            case JOBS_CREATED -> jobsCreated;
            case GREEN_JOBS_CREATED -> greenJobsCreated;
            case SUPPORT_AWARDED -> supportAwardedPence;
            case GREEN_INVESTMENT -> greenInvestmentPence;
            case NET_JOB_CHANGE -> netJobChange;
            case EVENTS -> events;
        };
    }

    /** A measure's GSS symbols, in the order the release gave them; empty for an exact figure. */
    public List<String> flagsOf(Measure measure) {
        return flags.getOrDefault(measure, List.of());
    }
}
