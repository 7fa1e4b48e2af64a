package org.recoverytracker.stack;

import java.time.Duration;

/** A sleep between two polls; an interrupt ends the wait with an exception, keeping the flag. */
final class Pause {

    private Pause() {}

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the stack", e);
        }
    }
}
