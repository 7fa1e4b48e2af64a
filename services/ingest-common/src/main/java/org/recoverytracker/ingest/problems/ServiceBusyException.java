package org.recoverytracker.ingest.problems;

/**
 * 503: this instance is already writing as many batches as it may at once, and none finished
 * while the request waited. Nothing was accepted; the client may retry (another instance may take
 * it at once).
 */
public final class ServiceBusyException extends RuntimeException implements RefusedEvents {

    private static final long serialVersionUID = 1L;

    private final int eventCount;

    public ServiceBusyException(String message, int eventCount) {
        super(message);
        this.eventCount = eventCount;
    }

    @Override
    public int eventCount() {
        return eventCount;
    }
}
