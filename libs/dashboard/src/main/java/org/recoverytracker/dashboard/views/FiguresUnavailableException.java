package org.recoverytracker.dashboard.views;

/**
 * The views can't be read right now — they are moving between instances, or the instance that
 * holds them did not answer — and a partial or stale figure would be wrong. Worth retrying in a
 * moment.
 */
public class FiguresUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FiguresUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
