package org.recoverytracker.dashboard.views;

/**
 * The contract's measures of one view, as integers (money in pence). The net change is given, not
 * worked out here, so that it is defined once, where the views are kept.
 */
public record Figures(
        long jobsAtRisk,
        long jobsLost,
        long jobsSafeguarded,
        long jobsCreated,
        long greenJobsCreated,
        long supportAwardedPence,
        long greenInvestmentPence,
        long netJobChange,
        long events) {

    public long of(Measure measure) {
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
}
