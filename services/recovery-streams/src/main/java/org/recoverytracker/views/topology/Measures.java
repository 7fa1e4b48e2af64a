package org.recoverytracker.views.topology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The contract's measures over a set of live events. Sums, so that the measures of any set of
 * events are the sum of its parts: a correction subtracts the event's old contribution and adds
 * its new one, a retraction subtracts it.
 *
 * @param events the number of live events
 */
@JsonIgnoreProperties(value = "netJobChange", allowGetters = true)
public record Measures(
        long jobsAtRisk,
        long jobsLost,
        long jobsSafeguarded,
        long jobsCreated,
        long greenJobsCreated,
        long supportAwardedPence,
        long greenInvestmentPence,
        long events) {

    public static final Measures NONE = new Measures(0, 0, 0, 0, 0, 0, 0, 0);

    /** Jobs created less jobs lost. */
    @JsonProperty("netJobChange")
    public long netJobChange() {
        return jobsCreated - jobsLost;
    }

    public Measures plus(Measures other) {
        return new Measures(
                jobsAtRisk + other.jobsAtRisk,
                jobsLost + other.jobsLost,
                jobsSafeguarded + other.jobsSafeguarded,
                jobsCreated + other.jobsCreated,
                greenJobsCreated + other.greenJobsCreated,
                supportAwardedPence + other.supportAwardedPence,
                greenInvestmentPence + other.greenInvestmentPence,
                events + other.events);
    }

    public Measures minus(Measures other) {
        return plus(other.negated());
    }

    public Measures negated() {
        return new Measures(
                -jobsAtRisk,
                -jobsLost,
                -jobsSafeguarded,
                -jobsCreated,
                -greenJobsCreated,
                -supportAwardedPence,
                -greenInvestmentPence,
                -events);
    }

    /** The name of the first measure above a limit, or null when none is. */
    String firstAbove(long limit) {
        final long[] values = {
            jobsAtRisk,
            jobsLost,
            jobsSafeguarded,
            jobsCreated,
            greenJobsCreated,
            supportAwardedPence,
            greenInvestmentPence,
            events
        };
        final String[] names = {
            "jobsAtRisk",
            "jobsLost",
            "jobsSafeguarded",
            "jobsCreated",
            "greenJobsCreated",
            "supportAwardedPence",
            "greenInvestmentPence",
            "events"
        };
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limit) {
                return names[i];
            }
        }
        return null;
    }

    /** True when no live event is counted: such a view does not exist. */
    @JsonIgnore
    public boolean isEmpty() {
        return events == 0;
    }
}
