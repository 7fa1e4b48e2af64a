package org.recoverytracker.bench.steps;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.recoverytracker.bench.events.BaselineFactory;
import org.recoverytracker.bench.events.EventFactory;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.http.IngestTarget;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.FailureReasons;
import org.recoverytracker.bench.stats.Samples;
import org.recoverytracker.bench.stats.Stats;
import org.recoverytracker.schemas.ReferenceApi;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ingest throughput and latency through one ingest service: closed-loop clients (each sends its
 * next request as soon as the previous one is answered), either single-event PUTs or JSON batches.
 * Only 202s count; every event is a new identity. Request bodies are prepared before the clock
 * starts, so that the clients spend the shared CPU on sending, not on building JSON.
 */
public final class IngestBenchmark {

    /** How events are posted. */
    public enum Mode {
        SINGLE,
        BATCH
    }

    /**
     * @param batchSize events per POST in {@link Mode#BATCH}
     * @param windows measurement windows after the warm-up; the figure is their median rate
     */
    public record Settings(Mode mode, int clients, int batchSize, Duration warmup, Duration window, int windows) {}

    private static final int BODY_POOL = 4096;

    /**
     * What is written: a resource taking PUTs by id and JSON batches whose items carry their id in
     * {@code idField}, and request bodies prepared for it.
     *
     * @param service the service's name in the results
     */
    public record Writes(String service, URI resource, String idField, List<String> bodies) {

        public URI item(String id) {
            return URI.create(resource + "/" + id);
        }

        /** Random events of the target's kind, with their eventIds. */
        public static Writes events(IngestTarget target, long seed) {
            final EventFactory events = new EventFactory(seed);
            final List<String> bodies = new ArrayList<>(BODY_POOL);
            for (int i = 0; i < BODY_POOL; i++) {
                bodies.add(events.json(target.kind(), null));
            }
            return new Writes(target.kind().id(), target.resource(), "eventId", bodies);
        }

        /** Random baselines for the reference service at {@code base}. */
        public static Writes baselines(URI base, long seed) {
            final BaselineFactory baselines = new BaselineFactory(seed);
            final List<String> bodies = new ArrayList<>(BODY_POOL);
            for (int i = 0; i < BODY_POOL; i++) {
                bodies.add(baselines.json());
            }
            return new Writes(
                    ReferenceApi.BASELINE_KIND, base.resolve(ReferenceApi.BASELINES_PATH), "baselineId", bodies);
        }
    }

    private final Http http = new Http();
    private final Writes writes;
    private final Settings settings;
    private final String runTag = Long.toString(System.currentTimeMillis(), 36);
    private final Phases phases;
    private final LongAdder[] accepted;
    private final LongAdder requests = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final FailureReasons failed = new FailureReasons();
    private final AtomicLong nextId = new AtomicLong();

    public IngestBenchmark(Writes writes, Settings settings) {
        this.writes = writes;
        this.settings = settings;
        this.phases = new Phases(settings.windows());
        this.accepted = new LongAdder[settings.windows()];
        for (int i = 0; i < accepted.length; i++) {
            accepted[i] = new LongAdder();
        }
    }

    public ObjectNode run() throws InterruptedException {
        final List<Samples> latencies = new ArrayList<>();
        final List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            final Samples samples = new Samples();
            latencies.add(samples);
            final Thread client = new Thread(() -> sendUntilOver(samples), "client-" + i);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        phases.run(settings.warmup(), settings.window());
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(60).toMillis());
        }
        return result(Samples.merge(latencies).sorted());
    }

    private void sendUntilOver(Samples latencies) {
        while (!phases.over()) {
            final HttpRequest request = nextRequest();
            final int eventCount = settings.mode() == Mode.SINGLE ? 1 : settings.batchSize();
            final long start = System.nanoTime();
            try {
                final HttpResponse<String> response = http.send(request);
                final long nanos = System.nanoTime() - start;
                final int phase = phases.current();
                requests.increment();
                if (response.statusCode() == 202) {
                    if (phases.measuring(phase)) {
                        accepted[phase].add(eventCount);
                        latencies.add(nanos);
                    }
                } else {
                    if (response.statusCode() < 500) {
                        refused.increment();
                    }
                    failures.increment();
                    failed.answered(response, 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                requests.increment();
                failures.increment();
                failed.errored(e, 1);
            }
        }
    }

    private HttpRequest nextRequest() {
        if (settings.mode() == Mode.SINGLE) {
            final long id = nextId.getAndIncrement();
            return Http.put(
                    writes.item("single-" + runTag + "-" + id), writes.bodies().get((int) (id % BODY_POOL)));
        }
        final StringBuilder batch = new StringBuilder(settings.batchSize() * 300).append('[');
        for (int i = 0; i < settings.batchSize(); i++) {
            final long id = nextId.getAndIncrement();
            if (i > 0) {
                batch.append(',');
            }
            // {"place":...} becomes {"eventId":"...","place":...}
            final String body = writes.bodies().get((int) (id % BODY_POOL));
            batch.append("{\"")
                    .append(writes.idField())
                    .append("\":\"batch-")
                    .append(runTag)
                    .append('-')
                    .append(id)
                    .append("\",")
                    .append(body, 1, body.length());
        }
        return Http.post(writes.resource(), batch.append(']').toString());
    }

    private ObjectNode result(long[] latencies) {
        final ObjectNode result = ResultFile.object();
        result.put("mode", settings.mode().name().toLowerCase());
        result.put("service", writes.service());
        result.put("clients", settings.clients());
        result.put("eventsPerRequest", settings.mode() == Mode.SINGLE ? 1 : settings.batchSize());
        result.put("warmupSeconds", settings.warmup().toSeconds());
        result.put("windowSeconds", settings.window().toSeconds());
        final ArrayNode windows = result.putArray("windowEventsPerSecond");
        final double[] rates = new double[settings.windows()];
        long measuredEvents = 0;
        for (int i = 0; i < rates.length; i++) {
            rates[i] = Stats.perSecond(accepted[i].sum(), phases.windowNanos(i));
            windows.add(rates[i]);
            measuredEvents += accepted[i].sum();
        }
        result.put("eventsPerSecond", Stats.median(rates));
        result.put("measuredEvents", measuredEvents);
        result.put("requests", requests.sum());
        result.put("failures", failures.sum());
        result.put("refused", refused.sum());
        failed.writeTo(result, "failedRequests");
        if (latencies.length > 0) {
            final ObjectNode latency = result.putObject("latencyMs");
            latency.put("p50", Stats.percentileMillis(latencies, 50));
            latency.put("p90", Stats.percentileMillis(latencies, 90));
            latency.put("p99", Stats.percentileMillis(latencies, 99));
            latency.put("max", Stats.percentileMillis(latencies, 100));
            latency.put("samples", latencies.length);
        }
        return result;
    }
}
