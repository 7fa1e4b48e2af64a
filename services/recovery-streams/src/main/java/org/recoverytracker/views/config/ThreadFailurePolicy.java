package org.recoverytracker.views.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a stream thread fails on something unexpected. A thread is replaced: with
 * exactly-once its uncommitted work is aborted and redone, so nothing is lost or counted twice,
 * and a passing failure (a broker restarting) heals. But a failure that comes back at once — the
 * same record failing again, read again by the new thread — would replace threads for ever while
 * nothing moves. So after {@code maxReplacements} within {@code window} the instance shuts down
 * instead: the streams go to ERROR, readiness goes DOWN, {@code recovery_streams_running} drops to
 * 0 and the "streams not running" alert fires, with the failure in the log.
 */
final class ThreadFailurePolicy implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadFailurePolicy.class);

    private final int maxReplacements;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> recentReplacements = new ArrayDeque<>();

    ThreadFailurePolicy(int maxReplacements, Duration window, Clock clock) {
        this.maxReplacements = maxReplacements;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
        final Instant now = clock.instant();
        while (!recentReplacements.isEmpty() && recentReplacements.peekFirst().isBefore(now.minus(window))) {
            recentReplacements.removeFirst();
        }
        if (recentReplacements.size() >= maxReplacements) {
            LOG.error(
                    "A stream thread failed for the {}th time within {}; stopping this instance's streams instead of "
                            + "replacing the thread again",
                    maxReplacements + 1,
                    window,
                    failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        recentReplacements.addLast(now);
        LOG.error(
                "A stream thread failed; replacing it ({} of at most {} within {})",
                recentReplacements.size(),
                maxReplacements,
                window,
                failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
