package org.recoverytracker.bench.steps;

import java.time.Duration;
import java.util.Locale;
import org.recoverytracker.bench.kafka.ViewsLag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Waits until the views keep up with a load before it is measured. The write path restarts cold
 * before the freshness step: on a busy machine its JIT and the load's first seconds can leave the
 * views seconds behind, and a short warm-up then measures the backlog draining rather than how fresh
 * the views stay. How long the wait took is part of the result, so a slow catch-up shows.
 */
public final class CatchUp {

    private static final Duration POLL = Duration.ofMillis(250);

    /**
     * @param waitedSeconds from the end of the fixed warm-up until the views kept up (or the limit)
     * @param recordsBehindAtStart the lag when the wait began
     * @param recordsBehind the lag when it ended
     */
    record Outcome(double waitedSeconds, long recordsBehindAtStart, long recordsBehind, boolean caughtUp) {

        void writeTo(ObjectNode result) {
            final ObjectNode out = result.putObject("catchUp");
            out.put("waitedSeconds", waitedSeconds);
            out.put("recordsBehindAtStart", recordsBehindAtStart);
            out.put("recordsBehind", recordsBehind);
            out.put("caughtUp", caughtUp);
        }
    }

    private CatchUp() {}

    /**
     * {@code caught up with the load (6,179 records behind, then 212)}, or {@code had NOT caught up
     * ...}: a result's {@code catchUp}, as the console and the report say it.
     */
    public static String describe(JsonNode catchUp) {
        return String.format(
                Locale.ROOT,
                "%s the load (%,d records behind, then %,d)",
                catchUp.path("caughtUp").asBoolean() ? "caught up with" : "had NOT caught up with",
                catchUp.path("recordsBehindAtStart").asLong(),
                catchUp.path("recordsBehind").asLong());
    }

    /** Returns once the views are at most {@code recordsBehind} behind, or after {@code limit}. */
    static Outcome await(ViewsLag lag, long recordsBehind, Duration limit) throws InterruptedException {
        final long started = System.nanoTime();
        final long first = lag.records();
        long behind = first;
        while (behind < 0 || behind > recordsBehind) {
            if (System.nanoTime() - started >= limit.toNanos()) {
                return new Outcome(seconds(started), first, behind, false);
            }
            Thread.sleep(POLL.toMillis());
            behind = lag.records();
        }
        return new Outcome(seconds(started), first, behind, true);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
