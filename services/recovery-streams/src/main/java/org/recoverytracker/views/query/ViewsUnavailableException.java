package org.recoverytracker.views.query;

/**
 * The views can't be answered right now — the streams are starting, rebalancing or restoring, or
 * the owner of a key can't be reached — and a partial or stale answer would be wrong. Answered
 * with 503 and Retry-After.
 */
public class ViewsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What an answer adds to the reason; a reason passed on from a peer may already end with it. */
    public static final String RETRY_HINT = "Retry in a moment.";

    public ViewsUnavailableException(String message) {
        super(message);
    }

    public ViewsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The reason with the hint to retry, once. */
    public String withRetryHint() {
        return getMessage().endsWith(RETRY_HINT) ? getMessage() : getMessage() + " " + RETRY_HINT;
    }
}
