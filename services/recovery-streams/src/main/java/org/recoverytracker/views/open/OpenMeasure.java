package org.recoverytracker.views.open;

import java.util.function.ToLongFunction;
import org.recoverytracker.disclosure.Contributions;
import org.recoverytracker.disclosure.OpenFigure;
import org.recoverytracker.disclosure.Sdc1;
import org.recoverytracker.views.topology.Measures;

/**
 * The contract's measures, in its order, each with the rule of profile {@code sdc-1} that
 * publishes it. The net job change has no rule of its own: it follows its two inputs.
 */
public enum OpenMeasure {
    JOBS_AT_RISK("jobsAtRisk", Measures::jobsAtRisk),
    JOBS_LOST("jobsLost", Measures::jobsLost),
    JOBS_SAFEGUARDED("jobsSafeguarded", Measures::jobsSafeguarded),
    JOBS_CREATED("jobsCreated", Measures::jobsCreated),
    GREEN_JOBS_CREATED("greenJobsCreated", Measures::greenJobsCreated),
    SUPPORT_AWARDED_PENCE("supportAwardedPence", Measures::supportAwardedPence),
    GREEN_INVESTMENT_PENCE("greenInvestmentPence", Measures::greenInvestmentPence),
    NET_JOB_CHANGE("netJobChange", Measures::netJobChange),
    EVENTS("events", Measures::events);

    private final String field;
    private final ToLongFunction<Measures> value;

    OpenMeasure(String field, ToLongFunction<Measures> value) {
        this.field = field;
        this.value = value;
    }

    /** The measure's name in JSON and the name of its CSV column. */
    public String field() {
        return field;
    }

    long of(Measures measures) {
        return value.applyAsLong(measures);
    }

    /** Rules 1–4 for one figure of this measure; not for the net job change (rule 5). */
    OpenFigure primary(Contributions figure) {
        return switch (this) {
            case SUPPORT_AWARDED_PENCE, GREEN_INVESTMENT_PENCE -> Sdc1.money(figure);
            case EVENTS -> Sdc1.events(figure.total());
            case NET_JOB_CHANGE -> throw new IllegalStateException("the net job change follows its inputs");
            default -> Sdc1.jobs(figure);
        };
    }
}
