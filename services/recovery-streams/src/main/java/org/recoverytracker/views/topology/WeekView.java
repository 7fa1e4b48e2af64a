package org.recoverytracker.views.topology;

/**
 * The totals of one place × sector × week and the time of its last change (epoch millis). The
 * sector's totals and last change are derived from its weeks when a task starts, so a week whose
 * last event went keeps its time, with no measures ({@link #isGone()}), for as long as its sector
 * has events: the sector's last change may be that removal.
 */
public record WeekView(Measures measures, long lastChanged) {

    static final WeekView NONE = new WeekView(Measures.NONE, 0);

    /** A week of a release that did not keep its weeks' times; its sector's time comes from elsewhere. */
    static WeekView withoutTime(Measures measures) {
        return new WeekView(measures, 0);
    }

    /** No live event counts in the week: it is not a view, only its sector's record of a change. */
    public boolean isGone() {
        return measures.isEmpty();
    }

    WeekView apply(Measures change, long changedAt) {
        return new WeekView(measures.plus(change), Math.max(lastChanged, changedAt));
    }
}
