package org.recoverytracker.bench.run;

import java.time.Duration;

/**
 * How much the benchmark measures: a full run's amounts, or a quick run's, which only checks that
 * the harness works end to end (its figures mean little).
 *
 * @param events events pre-filled into the event topics: the streams test's backlog
 * @param perfRecords records per ProducerPerformance and ConsumerPerformance run
 * @param consumeProduceRecords records per consume-produce run
 * @param runs repetitions of each baseline; the median is the baseline
 * @param ingestWarmup before the ingest windows: the services' JIT needs the first 15-20 s here
 * @param ingestWindow one measured window of ingest; the figure is the median of {@link #WINDOWS}
 * @param freshnessWarmup the steady load before the first freshness probe
 * @param freshnessTime how long freshness is probed
 * @param queryWindow one measured window of the query test
 * @param pageFloodTime how long the page flood lasts
 * @param output the results' name: {@code tools/bench/results/OUTPUT.json} and {@code .md}
 */
record BenchSettings(
        long events,
        long perfRecords,
        long consumeProduceRecords,
        int runs,
        Duration ingestWarmup,
        Duration ingestWindow,
        Duration freshnessWarmup,
        Duration freshnessTime,
        Duration queryWindow,
        Duration pageFloodTime,
        String output) {

    static final int WINDOWS = 3;
    static final int SINGLE_CLIENTS = 16;
    static final int BATCH_CLIENTS = 4;
    static final int BATCH_SIZE = 1000;
    /** Events per second of the steady load under the freshness and query tests. */
    static final int STEADY_RATE = 1000;
    /** Events per request of that load: 20 JSON batches a second over the three ingest services. */
    static final int STEADY_BATCH = 50;

    static final int QUERY_READERS = 8;
    /** Browsers loading the dashboard at once in the page flood. */
    static final int PAGE_CLIENTS = 300;
    /** Production scrapes every 30 s; the peaks come from the GC logs anyway. */
    static final Duration MEMORY_INTERVAL = Duration.ofSeconds(10);
    /** Streams instances of the scale-out run. */
    static final int SCALE_OUT = 3;

    static BenchSettings full() {
        return new BenchSettings(
                1_000_000,
                500_000,
                500_000,
                3,
                Duration.ofSeconds(20),
                Duration.ofSeconds(8),
                Duration.ofSeconds(20),
                Duration.ofSeconds(30),
                Duration.ofSeconds(7),
                Duration.ofSeconds(20),
                "latest");
    }

    /** A smoke run of the harness: fewer events, one repetition, short windows. */
    static BenchSettings quick() {
        return new BenchSettings(
                100_000,
                200_000,
                100_000,
                1,
                Duration.ofSeconds(3),
                Duration.ofSeconds(3),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(3),
                Duration.ofSeconds(8),
                "quick");
    }

    /** These settings with another backlog and number of runs, where given (null keeps this one's). */
    BenchSettings with(Long otherEvents, Integer otherRuns) {
        return new BenchSettings(
                otherEvents != null ? otherEvents : events,
                perfRecords,
                consumeProduceRecords,
                otherRuns != null ? otherRuns : runs,
                ingestWarmup,
                ingestWindow,
                freshnessWarmup,
                freshnessTime,
                queryWindow,
                pageFloodTime,
                output);
    }
}
