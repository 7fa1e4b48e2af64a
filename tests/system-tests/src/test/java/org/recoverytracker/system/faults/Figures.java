package org.recoverytracker.system.faults;

import tools.jackson.databind.JsonNode;

/** The contract's measures, computed plainly from events as posted, or read from a view. */
record Figures(
        long jobsAtRisk,
        long jobsLost,
        long jobsSafeguarded,
        long jobsCreated,
        long greenJobsCreated,
        long supportAwardedPence,
        long greenInvestmentPence,
        long events) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

    /** One posted event's measures, by the contract's table. */
    static Figures of(String kind, JsonNode event) {
        return switch (kind) {
            case "job-loss" ->
                "PROPOSED".equals(event.get("status").asString())
                        ? new Figures(event.get("jobs").asLong(), 0, 0, 0, 0, 0, 0, 1)
                        : new Figures(0, event.get("jobs").asLong(), 0, 0, 0, 0, 0, 1);
            case "business-support" ->
                new Figures(
                        0,
                        0,
                        event.get("jobsSafeguarded").asLong(),
                        event.get("jobsCreated").asLong(),
                        0,
                        event.get("amountPence").asLong(),
                        0,
                        1);
            case "green-economy" ->
                new Figures(
                        0,
                        0,
                        0,
                        event.get("jobsCreated").asLong(),
                        event.get("jobsCreated").asLong(),
                        0,
                        event.get("investmentPence").asLong(),
                        1);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The measures a view shows. */
    static Figures shownBy(JsonNode view) {
        return new Figures(
                view.get("jobsAtRisk").asLong(),
                view.get("jobsLost").asLong(),
                view.get("jobsSafeguarded").asLong(),
                view.get("jobsCreated").asLong(),
                view.get("greenJobsCreated").asLong(),
                view.get("supportAwardedPence").asLong(),
                view.get("greenInvestmentPence").asLong(),
                view.get("events").asLong());
    }

    Figures plus(Figures other) {
        return new Figures(
                jobsAtRisk + other.jobsAtRisk,
                jobsLost + other.jobsLost,
                jobsSafeguarded + other.jobsSafeguarded,
                jobsCreated + other.jobsCreated,
                greenJobsCreated + other.greenJobsCreated,
                supportAwardedPence + other.supportAwardedPence,
                greenInvestmentPence + other.greenInvestmentPence,
                events + other.events);
    }

    /** Whether every measure is at most the other's. */
    boolean atMost(Figures other) {
        return jobsAtRisk <= other.jobsAtRisk
                && jobsLost <= other.jobsLost
                && jobsSafeguarded <= other.jobsSafeguarded
                && jobsCreated <= other.jobsCreated
                && greenJobsCreated <= other.greenJobsCreated
                && supportAwardedPence <= other.supportAwardedPence
                && greenInvestmentPence <= other.greenInvestmentPence
                && events <= other.events;
    }

    /** The larger of each measure. */
    Figures max(Figures other) {
        return new Figures(
                Math.max(jobsAtRisk, other.jobsAtRisk),
                Math.max(jobsLost, other.jobsLost),
                Math.max(jobsSafeguarded, other.jobsSafeguarded),
                Math.max(jobsCreated, other.jobsCreated),
                Math.max(greenJobsCreated, other.greenJobsCreated),
                Math.max(supportAwardedPence, other.supportAwardedPence),
                Math.max(greenInvestmentPence, other.greenInvestmentPence),
                Math.max(events, other.events));
    }
}
