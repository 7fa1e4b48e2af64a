package org.recoverytracker.views.query;

import java.time.Instant;

/**
 * An as-of question about an instant before the views' history begins: what the figures were
 * then is not known, so the question is refused (400) rather than answered with what is missing.
 */
public class BeforeRetainedHistoryException extends InvalidQueryException {

    private static final long serialVersionUID = 1L;

    BeforeRetainedHistoryException(long asOf, long since) {
        super("asOf " + Instant.ofEpochMilli(asOf) + " is before the retained history: the views have kept every"
                + " change of their figures since " + Instant.ofEpochMilli(since) + ", and can't say what they were"
                + " earlier. Ask about " + Instant.ofEpochMilli(since) + " or later.");
    }
}
