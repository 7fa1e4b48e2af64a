package org.recoverytracker.views.areas;

/** What the area store reports: the records of {@code recovery.areas.v1} it could not use. */
public interface AreaMetrics {

    /** Reports nothing; for tests that do not look at metrics. */
    AreaMetrics NONE = kind -> {};

    /**
     * A record was skipped.
     *
     * @param kind why, in a word: {@code undecodable}, {@code too-large}, {@code key}, {@code invalid}, {@code owner}
     */
    void skipped(String kind);
}
