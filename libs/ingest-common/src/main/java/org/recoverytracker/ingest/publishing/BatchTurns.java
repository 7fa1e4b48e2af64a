package org.recoverytracker.ingest.publishing;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.recoverytracker.ingest.problems.ServiceBusyException;
import org.recoverytracker.turns.Turns;

/**
 * Bounds how many batches one instance takes at once: reads, binds, checks and writes. Each batch
 * in flight holds its body (up to 16 MB), up to 10,000 bound events and a transactional producer,
 * which keeps its buffers in the producer factory's cache afterwards; without a bound a burst of
 * partners' batches would grow all three without limit and an instance would run out of heap.
 * Batching is CPU-bound, so a few at a time are as fast as many. A batch waits for its turn at
 * most as long as it would wait for Kafka, then is refused with a 503 so the client can retry,
 * perhaps on another instance.
 */
public final class BatchTurns {

    private final int concurrent;
    private final Duration maxWait;
    private final Turns turns;

    public BatchTurns(int turns, Duration maxWait) {
        if (turns < 1) {
            throw new IllegalArgumentException(
                    "recovery.ingest.max-concurrent-batches must be at least 1, not " + turns);
        }
        this.concurrent = turns;
        this.maxWait = maxWait;
        this.turns = new Turns(turns, Turns.ANY_NUMBER_WAITING, maxWait);
    }

    /**
     * Runs {@code batch} once a turn is free.
     *
     * @return what {@code batch} returns: the events it published
     * @throws ServiceBusyException if no turn came free within the wait
     */
    public int inTurn(IntSupplier batch) {
        return turns.inTurn(batch::getAsInt)
                .orElseThrow(() -> new ServiceBusyException("This instance is already taking as many batches as it may"
                        + " at once (" + concurrent + "), and none finished within "
                        + (maxWait.toMillis() < 1000 ? maxWait.toMillis() + " ms" : maxWait.toSeconds() + " s")
                        + ". Nothing was accepted; retry in a moment."));
    }
}
