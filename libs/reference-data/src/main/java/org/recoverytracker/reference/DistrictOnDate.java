package org.recoverytracker.reference;

import java.util.Optional;

/**
 * What a district code posted for an event on a date means: the current district the event counts
 * in, or why the code can't be used on that date, in words that name the code to use.
 */
public final class DistrictOnDate {

    /** Why a code was, or was not, live on the date. */
    public enum Status {
        /** Live on the date: the event counts in {@link #countsIn()}. */
        LIVE,
        /** The code began after the date. */
        NOT_YET_LIVE,
        /** The code ended before the date. */
        ENDED,
        /** Not a district code the reference data knows. */
        UNKNOWN
    }

    private final Status status;
    private final Place countsIn;
    private final String refusal;

    private DistrictOnDate(Status status, Place countsIn, String refusal) {
        this.status = status;
        this.countsIn = countsIn;
        this.refusal = refusal;
    }

    static DistrictOnDate live(Place countsIn) {
        return new DistrictOnDate(Status.LIVE, countsIn, null);
    }

    static DistrictOnDate refused(Status status, String refusal) {
        return new DistrictOnDate(status, null, refusal);
    }

    public Status status() {
        return status;
    }

    public boolean isLive() {
        return status == Status.LIVE;
    }

    /** The current district the event counts in; empty when the code was not live on the date. */
    public Optional<Place> countsIn() {
        return Optional.ofNullable(countsIn);
    }

    /** Why the code can't be used on the date, naming the code to use; empty when it can. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String toString() {
        return status + (countsIn != null ? " in " + countsIn.code() : ": " + refusal);
    }
}
