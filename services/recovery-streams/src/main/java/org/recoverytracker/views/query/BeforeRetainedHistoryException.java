package org.recoverytracker.views.query;

import java.time.Instant;

/**
 * An as-of question about an instant before the views' history begins: what the figures were
 * then is not known, so the question is refused (400) rather than answered with what is missing.
 */
public class BeforeRetainedHistoryException extends InvalidQueryException {

    private static final long serialVersionUID = 1L;

    /** An instant before 1970: before every history (Kafka's record times start there). */
    BeforeRetainedHistoryException(Instant asOf) {
        super("asOf " + asOf + " is before the retained history: the views keep no figures from before they"
                + " first ran, and none from before " + Instant.EPOCH + ".");
    }

    /**
     * The epoch millis of an as-of instant, which every history read compares with record times;
     * an instant before 1970 is refused, as the furthest of them have no epoch millis at all.
     */
    static long epochMillisOf(Instant asOf) {
        if (asOf.isBefore(Instant.EPOCH)) {
            throw new BeforeRetainedHistoryException(asOf);
        }
        return asOf.toEpochMilli();
    }

    BeforeRetainedHistoryException(long asOf, long since) {
        super("asOf " + Instant.ofEpochMilli(asOf) + " is before the retained history: the views have kept every"
                + " change of their figures since " + Instant.ofEpochMilli(since) + ", and can't say what they were"
                + " earlier. Ask about " + Instant.ofEpochMilli(since) + " or later.");
    }
}
