package org.recoverytracker.bench.steps;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.recoverytracker.bench.events.EventFactory;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.http.IngestTarget;
import org.recoverytracker.bench.http.ViewsApi;
import org.recoverytracker.bench.kafka.ViewsLag;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.FailureReasons;
import org.recoverytracker.bench.stats.Samples;
import org.recoverytracker.bench.stats.Stats;
import org.recoverytracker.reference.SicDivision;
import tools.jackson.databind.node.ObjectNode;

/**
 * Freshness as a partner sees it: the time from the 202 of a PUT to the event showing in the Views
 * API. One probe per ingest service owns a view cell (a place × sector the background load never
 * writes), puts a new event there, and reads the cell every few milliseconds until its
 * {@code events} has gone up by one; the latency ends when that answer arrives, so it includes one
 * read of the Views API and errs on the slow side by at most the poll interval. Probes pause a
 * random 20–120 ms between events, so they do not fall into step with the streams' commits.
 */
public final class Freshness {

    /** Places the probes write and the background load leaves alone: Hounslow, Belfast, Bradford. */
    public static final List<String> PROBE_PLACES = List.of("E09000018", "N09000003", "E08000032");

    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    private final Http http = new Http();
    private final ViewsApi views;
    private final List<IngestTarget> targets;
    private final SicDivision division = EventFactory.divisions().stream()
            .filter(candidate -> candidate.code().equals("62"))
            .findFirst()
            .orElseThrow();
    private final String runTag = Long.toString(System.currentTimeMillis(), 36);
    private final LongAdder failures = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final FailureReasons failed = new FailureReasons();

    /** Until the measured time begins, no probe's sample counts; it ends the measured time later. */
    private volatile long measureFrom = Long.MAX_VALUE;

    private volatile long end = Long.MAX_VALUE;

    public Freshness(List<IngestTarget> targets, ViewsApi views) {
        this.targets = List.copyOf(targets);
        this.views = views;
        if (targets.size() > PROBE_PLACES.size()) {
            throw new IllegalArgumentException("at most " + PROBE_PLACES.size() + " ingest services");
        }
    }

    public static Set<String> probePlaces() {
        return Set.copyOf(PROBE_PLACES);
    }

    /**
     * Probes while the given load runs: a warm-up, then a wait until the views keep up with the load
     * (at most half a second of it behind, for at most {@code catchUpLimit}), then the measured time.
     *
     * @param lag the views' lag, or null to measure right after the warm-up
     */
    public ObjectNode run(Duration warmup, Duration measured, ViewsLag lag, int eventsPerSecond, Duration catchUpLimit)
            throws InterruptedException {
        final List<Samples> samples = new ArrayList<>();
        final List<Thread> probes = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            final Samples own = new Samples();
            samples.add(own);
            final IngestTarget target = targets.get(i);
            final String place = PROBE_PLACES.get(i);
            final long seed = i;
            final Thread probe = new Thread(
                    () -> probe(target, place, seed, own),
                    "probe-" + target.kind().id());
            probe.setDaemon(true);
            probes.add(probe);
            probe.start();
        }
        Thread.sleep(warmup.toMillis());
        final CatchUp.Outcome caughtUp = lag == null ? null : CatchUp.await(lag, eventsPerSecond / 2, catchUpLimit);
        measureFrom = System.nanoTime();
        end = measureFrom + measured.toNanos();
        for (Thread probe : probes) {
            probe.join();
        }
        final long[] sorted = Samples.merge(samples).sorted();
        final ObjectNode result = ResultFile.object();
        result.put("probes", targets.size());
        result.put("pollIntervalMs", POLL.toMillis());
        result.put("samples", sorted.length);
        result.put("failures", failures.sum());
        result.put("refused", refused.sum());
        result.put("timeouts", timeouts.sum());
        failed.writeTo(result, "unmeasuredProbes");
        if (caughtUp != null) {
            caughtUp.writeTo(result);
        }
        if (sorted.length > 0) {
            final ObjectNode latency = result.putObject("latencyMs");
            latency.put("p50", Stats.percentileMillis(sorted, 50));
            latency.put("p90", Stats.percentileMillis(sorted, 90));
            latency.put("p99", Stats.percentileMillis(sorted, 99));
            latency.put("max", Stats.percentileMillis(sorted, 100));
        }
        return result;
    }

    private void probe(IngestTarget target, String place, long seed, Samples samples) {
        final EventFactory events = new EventFactory(seed + 101);
        final SplittableRandom random = new SplittableRandom(seed);
        final String sector = division.section().code();
        try {
            ViewsApi.Count count = views.cellEvents(place, sector);
            while (!count.answered()) {
                Thread.sleep(100);
                count = views.cellEvents(place, sector);
            }
            long expected = count.events();
            for (int n = 0; System.nanoTime() < end; n++) {
                final String eventId = "probe-" + runTag + "-" + target.kind().id() + "-" + n;
                final HttpResponse<String> response =
                        http.send(Http.put(target.item(eventId), events.json(target.kind(), null, place, division)));
                final long accepted = System.nanoTime();
                if (response.statusCode() != 202) {
                    failures.increment();
                    failed.answered(response, 1);
                    if (response.statusCode() < 500) {
                        refused.increment();
                    }
                    continue;
                }
                expected++;
                final long visible = awaitVisible(place, sector, expected, accepted);
                if (visible < 0) {
                    timeouts.increment();
                    failed.other("accepted, but not in the views within " + VISIBILITY_TIMEOUT.toSeconds() + " s", 1);
                    expected = views.cellEvents(place, sector).events();
                } else if (accepted >= measureFrom) {
                    samples.add(visible - accepted);
                }
                Thread.sleep(20 + random.nextInt(100));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures.increment();
            failed.errored(e, 1);
            System.err.println("probe " + target.kind().id() + " failed: " + e);
        }
    }

    /** When the cell first showed the expected count, or -1 after the timeout. */
    private long awaitVisible(String place, String sector, long expected, long since) throws InterruptedException {
        while (System.nanoTime() - since < VISIBILITY_TIMEOUT.toNanos()) {
            final ViewsApi.Count count = views.cellEvents(place, sector);
            if (count.answered() && count.events() >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
        return -1;
    }
}
