package org.recoverytracker.ingest.problems;

/**
 * 503: this instance is already taking as many batches as it may at once, and none finished while
 * the request waited. Nothing was read or accepted; the client may retry (another instance may
 * take it at once).
 */
public final class ServiceBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceBusyException(String message) {
        super(message);
    }
}
