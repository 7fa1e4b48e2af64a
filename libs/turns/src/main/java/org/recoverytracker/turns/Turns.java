package org.recoverytracker.turns;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bulkhead for work that must not all run at once (CPU-bound work, or work that holds much
 * memory): at most {@code concurrent} callers hold a turn, at most {@code waiting} more wait for
 * one, each at most {@code maxWait}, in the order they came; anyone beyond is refused at once. A
 * refusal is the caller's to answer, typically with a 503 and {@code Retry-After}: without the
 * bound, waiting callers would hold every request thread of a service, and its health probes and
 * other endpoints, served by the same threads, would time out.
 */
public final class Turns {

    /** For callers who may all wait (the wait itself is still bounded). */
    public static final int ANY_NUMBER_WAITING = Integer.MAX_VALUE / 2;

    private final Semaphore held;
    private final Semaphore admitted;
    private final Duration maxWait;

    /**
     * @throws IllegalArgumentException when {@code concurrent} is below 1 or {@code waiting} below 0
     */
    public Turns(int concurrent, int waiting, Duration maxWait) {
        if (concurrent < 1 || waiting < 0 || waiting > ANY_NUMBER_WAITING) {
            throw new IllegalArgumentException(
                    "turns need at least 1 at once and 0 or more waiting, not " + concurrent + " and " + waiting);
        }
        this.held = new Semaphore(concurrent, true);
        this.admitted = new Semaphore(concurrent + waiting);
        this.maxWait = maxWait;
    }

    /**
     * Takes a turn, waiting for one if the waiting places allow it; every {@code true} must be
     * followed by one {@link #giveBack()}.
     *
     * @return false, and nothing taken, when as many callers wait as may, or no turn came in time
     */
    public boolean take() {
        if (!admitted.tryAcquire()) {
            return false;
        }
        try {
            if (held.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admitted.release();
        return false;
    }

    public void giveBack() {
        held.release();
        admitted.release();
    }

    /**
     * Runs {@code work} (which answers something, never null) in a turn and gives the turn back,
     * also when it fails; empty, and nothing run, without a turn.
     */
    public <T> Optional<T> inTurn(Supplier<T> work) {
        if (!take()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            giveBack();
        }
    }

    /** True while a caller waits for a turn: for tests, to know that one is waiting. */
    boolean hasWaiting() {
        return held.hasQueuedThreads();
    }
}
