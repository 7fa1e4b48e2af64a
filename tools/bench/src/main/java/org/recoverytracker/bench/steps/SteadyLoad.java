package org.recoverytracker.bench.steps;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.recoverytracker.bench.events.EventFactory;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.http.IngestTarget;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.FailureReasons;
import org.recoverytracker.bench.stats.Samples;
import org.recoverytracker.bench.stats.Stats;
import tools.jackson.databind.node.ObjectNode;

/**
 * A steady stream of new events through the ingest APIs, paced by the clock rather than by the
 * answers (an open-loop load, as many partners posting independently): every
 * {@code batchSize / eventsPerSecond} seconds one small JSON batch goes to the next ingest service
 * in turn. A tick finding too many requests still unanswered is counted as skipped, so an
 * overloaded system shows up as a shortfall instead of silently slowing the load down.
 */
public final class SteadyLoad {

    private static final int MAX_IN_FLIGHT = 128;

    private final Http http = new Http();
    private final List<IngestTarget> targets;
    private final int eventsPerSecond;
    private final int batchSize;
    private final EventFactory events;
    private final String runTag = Long.toString(System.nanoTime(), 36);
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "steady-load");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final FailureReasons lost = new FailureReasons();
    private final Samples latencies = new Samples();
    private volatile long measureFrom;
    private long ticks;
    private long started;
    private long stopped;

    /**
     * @param excludedPlaces places the load leaves alone (the freshness probes' cells)
     */
    public SteadyLoad(List<IngestTarget> targets, int eventsPerSecond, int batchSize, Set<String> excludedPlaces) {
        this.targets = List.copyOf(targets);
        this.eventsPerSecond = eventsPerSecond;
        this.batchSize = batchSize;
        this.events = new EventFactory(eventsPerSecond + 31L, excludedPlaces);
    }

    /**
     * Starts the load; request latencies are recorded only once the warm-up is over (the services
     * may have just started, and their first seconds say little about them).
     */
    public SteadyLoad start(Duration warmup) {
        started = System.nanoTime();
        measureFrom = started + warmup.toNanos();
        final long periodMicros = 1_000_000L * batchSize / eventsPerSecond;
        pacer.scheduleAtFixedRate(this::tick, 0, periodMicros, TimeUnit.MICROSECONDS);
        return this;
    }

    private void tick() {
        final IngestTarget target = targets.get((int) (ticks % targets.size()));
        final long first = ticks * batchSize;
        ticks++;
        if (inFlight.get() >= MAX_IN_FLIGHT) {
            skipped.add(batchSize);
            lost.other("not sent: " + MAX_IN_FLIGHT + " requests were still unanswered", batchSize);
            return;
        }
        final StringBuilder batch = new StringBuilder(batchSize * 300).append('[');
        for (int i = 0; i < batchSize; i++) {
            batch.append(i == 0 ? "" : ",").append(events.json(target.kind(), "load-" + runTag + "-" + (first + i)));
        }
        inFlight.incrementAndGet();
        final long sent = System.nanoTime();
        http.client()
                .sendAsync(
                        Http.post(target.resource(), batch.append(']').toString()),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .whenComplete((response, error) -> {
                    final long nanos = System.nanoTime() - sent;
                    inFlight.decrementAndGet();
                    if (error == null && response.statusCode() == 202) {
                        accepted.add(batchSize);
                        if (sent >= measureFrom) {
                            synchronized (latencies) {
                                latencies.add(nanos);
                            }
                        }
                    } else {
                        failed.add(batchSize);
                        if (error != null) {
                            lost.errored(error, batchSize);
                        } else {
                            lost.answered(response, batchSize);
                            if (response.statusCode() < 500) {
                                refused.add(batchSize);
                            }
                        }
                    }
                });
    }

    /** Stops the load, waits for the answers still due, and reports what was offered and accepted. */
    public ObjectNode stop() throws InterruptedException {
        pacer.shutdownNow();
        pacer.awaitTermination(5, TimeUnit.SECONDS);
        stopped = System.nanoTime();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        final double seconds = (stopped - started) / 1e9;
        final ObjectNode result = ResultFile.object();
        result.put("targetEventsPerSecond", eventsPerSecond);
        result.put("eventsPerRequest", batchSize);
        result.put("services", targets.size());
        result.put("seconds", seconds);
        result.put("acceptedEventsPerSecond", accepted.sum() / seconds);
        result.put("acceptedEvents", accepted.sum());
        result.put("failedEvents", failed.sum());
        result.put("refusedEvents", refused.sum());
        result.put("skippedEvents", skipped.sum());
        lost.writeTo(result, "lostEvents");
        final long[] sorted;
        synchronized (latencies) {
            sorted = latencies.sorted();
        }
        if (sorted.length > 0) {
            final ObjectNode latency = result.putObject("latencyMs");
            latency.put("p50", Stats.percentileMillis(sorted, 50));
            latency.put("p99", Stats.percentileMillis(sorted, 99));
            latency.put("max", Stats.percentileMillis(sorted, 100));
        }
        return result;
    }
}
