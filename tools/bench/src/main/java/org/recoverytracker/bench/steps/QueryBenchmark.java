package org.recoverytracker.bench.steps;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.recoverytracker.bench.events.EventFactory;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.Samples;
import org.recoverytracker.bench.stats.Stats;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Views API latency under concurrent readers: closed-loop readers (a dashboard's requests, back to
 * back) cycle through the four kinds of read a dashboard makes — a place with its sectors, one
 * place × sector, a place's weekly series, the UK (a scatter-gather over every place × sector) —
 * for random places and sectors. Both 200 and 404 (a cell with no live events) are answers.
 */
public final class QueryBenchmark {

    /** The reads measured. */
    public enum Query {
        PLACE,
        SECTOR,
        WEEKLY,
        UK
    }

    private static final String SECTORS = "ABCDEFGHIJKLMNOPQRSTU";

    private final Http http = new Http();
    private final URI views;
    private final int readers;
    private final List<String> places = new EventFactory(0).places();
    private final LongAdder answered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder refused = new LongAdder();

    public QueryBenchmark(URI views, int readers) {
        this.views = views;
        this.readers = readers;
    }

    public ObjectNode run(Duration warmup, Duration window, int windows) throws InterruptedException {
        final Phases phases = new Phases(windows);
        final LongAdder[] perWindow = new LongAdder[windows];
        for (int i = 0; i < windows; i++) {
            perWindow[i] = new LongAdder();
        }
        final List<Map<Query, Samples>> samples = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            final Map<Query, Samples> own = new EnumMap<>(Query.class);
            for (Query query : Query.values()) {
                own.put(query, new Samples());
            }
            samples.add(own);
            final int reader = i;
            final Thread thread = new Thread(() -> read(reader, phases, perWindow, own), "reader-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        phases.run(warmup, window);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        return result(phases, perWindow, samples);
    }

    private void read(int reader, Phases phases, LongAdder[] perWindow, Map<Query, Samples> samples) {
        final SplittableRandom random = new SplittableRandom(reader);
        for (long n = reader; !phases.over(); n++) {
            final Query query = Query.values()[(int) (n % Query.values().length)];
            final String place = places.get(random.nextInt(places.size()));
            final URI uri = views.resolve(
                    switch (query) {
                        case PLACE -> "/v1/places/" + place;
                        case SECTOR ->
                            "/v1/places/" + place + "/sectors/" + SECTORS.charAt(random.nextInt(SECTORS.length()));
                        case WEEKLY -> "/v1/places/" + place + "/weekly";
                        case UK -> "/v1/uk";
                    });
            final long start = System.nanoTime();
            try {
                final HttpResponse<String> response = http.send(Http.get(uri));
                final long nanos = System.nanoTime() - start;
                final int phase = phases.current();
                if (response.statusCode() != 200 && response.statusCode() != 404) {
                    failures.increment();
                    if (response.statusCode() < 500) {
                        refused.increment();
                    }
                } else if (phases.measuring(phase)) {
                    answered.increment();
                    perWindow[phase].increment();
                    samples.get(query).add(nanos);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
            }
        }
    }

    private ObjectNode result(Phases phases, LongAdder[] perWindow, List<Map<Query, Samples>> samples) {
        final ObjectNode result = ResultFile.object();
        result.put("readers", readers);
        final double[] rates = new double[perWindow.length];
        final ArrayNode windows = result.putArray("windowQueriesPerSecond");
        for (int i = 0; i < rates.length; i++) {
            rates[i] = Stats.perSecond(perWindow[i].sum(), phases.windowNanos(i));
            windows.add(rates[i]);
        }
        result.put("queriesPerSecond", Stats.median(rates));
        result.put("answered", answered.sum());
        result.put("failures", failures.sum());
        result.put("refused", refused.sum());
        final List<Samples> all = new ArrayList<>();
        final ObjectNode byQuery = result.putObject("byQuery");
        for (Query query : Query.values()) {
            final List<Samples> ofQuery =
                    samples.stream().map(own -> own.get(query)).toList();
            all.addAll(ofQuery);
            byQuery.set(
                    query.name().toLowerCase(), latency(Samples.merge(ofQuery).sorted()));
        }
        result.set("latencyMs", latency(Samples.merge(all).sorted()));
        return result;
    }

    private static ObjectNode latency(long[] sorted) {
        final ObjectNode latency = ResultFile.object();
        latency.put("samples", sorted.length);
        if (sorted.length > 0) {
            latency.put("p50", Stats.percentileMillis(sorted, 50));
            latency.put("p90", Stats.percentileMillis(sorted, 90));
            latency.put("p99", Stats.percentileMillis(sorted, 99));
            latency.put("max", Stats.percentileMillis(sorted, 100));
        }
        return latency;
    }
}
