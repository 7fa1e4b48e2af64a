package org.recoverytracker.ingest.problems;

/**
 * Kafka did not acknowledge a write in time, or is known to be unreachable: nothing was accepted,
 * and the client may retry (a PUT of the same event is safe to repeat).
 */
public final class KafkaUnavailableException extends RuntimeException implements RefusedEvents {

    private static final long serialVersionUID = 1L;

    private final int eventCount;

    public KafkaUnavailableException(String message, int eventCount, Throwable cause) {
        super(message, cause);
        this.eventCount = eventCount;
    }

    @Override
    public int eventCount() {
        return eventCount;
    }
}
