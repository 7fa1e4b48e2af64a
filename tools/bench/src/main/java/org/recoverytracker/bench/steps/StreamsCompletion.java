package org.recoverytracker.bench.steps;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recoverytracker.bench.http.ViewsApi;
import org.recoverytracker.bench.monitor.ProcessCpu;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.Stats;
import tools.jackson.databind.node.ObjectNode;

/**
 * How fast the streams service turns a pre-filled backlog into complete views. The clock starts
 * at the first answer of {@code /v1/uk} (the service answers only once Kafka Streams is RUNNING)
 * and stops when the UK's {@code events} equals the records in the topics. Every benchmark event
 * is a new identity, so {@code events} counts the records that have gone all the way through
 * (decoded, tracked, repartitioned, added to the views) at every moment; what was already done
 * when the clock started is subtracted.
 *
 * <p>The service starts cold, like a real replay, and its JIT compiler takes the first seconds; the
 * rate from the moment a quarter of the events are done to the end is reported beside the whole
 * run's, to compare with the baselines, which are measured warm.
 */
public final class StreamsCompletion {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS = Duration.ofSeconds(10);
    /** The name the threads of Kafka Streams are reported under. */
    static final String STREAMS_THREADS = "Kafka Streams (stream threads, state updater)";

    private final ViewsApi views;
    private final List<Long> servicePids;
    private final long brokerPid;
    private final String applicationId;

    /**
     * @param views the Views API of one of the instances (it gathers the others' shares)
     * @param servicePids the processes of every instance of the streams service, and
     * @param brokerPid the broker's, whose CPU time is counted while the clock runs
     * @param applicationId the instances' application id, which Kafka Streams' threads are named after
     */
    public StreamsCompletion(ViewsApi views, List<Long> servicePids, long brokerPid, String applicationId) {
        this.views = views;
        this.servicePids = List.copyOf(servicePids);
        this.brokerPid = brokerPid;
        this.applicationId = applicationId;
    }

    /**
     * @param expected the live events the views must show when complete
     * @param stall how long the count may stand still before the run is declared failed
     */
    public ObjectNode await(long expected, Duration startTimeout, Duration stall) throws InterruptedException {
        final long waitStart = System.nanoTime();
        ViewsApi.Count count = views.ukEvents();
        while (!count.answered()) {
            if (System.nanoTime() - waitStart > startTimeout.toNanos()) {
                throw new IllegalStateException("the views did not answer within " + startTimeout.toSeconds() + " s");
            }
            Thread.sleep(50);
            count = views.ukEvents();
        }
        final long start = System.nanoTime();
        final double serviceCpuStart = serviceCpu();
        final Map<String, Double> threadCpuStart = threadCpu();
        final double brokerCpuStart = ProcessCpu.seconds(brokerPid);
        final long startEvents = count.events();
        long lastChange = start;
        long lastEvents = startEvents;
        long lastReport = start;
        final long warmEvents = startEvents + (expected - startEvents) / 4;
        long warmFrom = 0;
        long warmFromEvents = 0;
        while (count.events() < expected) {
            Thread.sleep(POLL.toMillis());
            final ViewsApi.Count next = views.ukEvents();
            final long now = System.nanoTime();
            if (next.answered()) {
                count = next;
            }
            if (warmFrom == 0 && count.events() >= warmEvents) {
                warmFrom = now;
                warmFromEvents = count.events();
            }
            if (count.events() != lastEvents) {
                lastEvents = count.events();
                lastChange = now;
            } else if (now - lastChange > stall.toNanos()) {
                throw new IllegalStateException("the views stood still at " + lastEvents + " of " + expected
                        + " events for " + stall.toSeconds() + " s");
            }
            if (now - lastReport > PROGRESS.toNanos()) {
                System.out.printf(
                        "      %,d / %,d events in the views (%,.0f/s so far)%n",
                        count.events(), expected, Stats.perSecond(count.events() - startEvents, now - start));
                lastReport = now;
            }
        }
        final long nanos = System.nanoTime() - start;
        final double serviceCpu = serviceCpu() - serviceCpuStart;
        final double brokerCpu = ProcessCpu.seconds(brokerPid) - brokerCpuStart;
        if (count.events() != expected) {
            throw new IllegalStateException("the views show " + count.events() + " events, expected " + expected);
        }
        final ObjectNode result = ResultFile.object();
        result.put("events", expected);
        result.put("eventsDoneAtStart", startEvents);
        result.put("seconds", nanos / 1e9);
        result.put("eventsPerSecond", Stats.perSecond(expected - startEvents, nanos));
        if (warmFrom > 0 && expected > warmFromEvents) {
            result.put("warmEventsPerSecond", Stats.perSecond(expected - warmFromEvents, start + nanos - warmFrom));
            result.put("warmFromEvents", warmFromEvents);
        }
        result.put("serviceCpuSeconds", serviceCpu);
        result.put("brokerCpuSeconds", brokerCpu);
        result.put("eventsPerCpuSecond", (expected - startEvents) / (serviceCpu + brokerCpu));
        result.put("instances", servicePids.size());
        final ObjectNode byThread = result.putObject("serviceCpuSecondsByThread");
        threadCpu().entrySet().stream()
                .map(thread -> Map.entry(
                        thread.getKey(), thread.getValue() - threadCpuStart.getOrDefault(thread.getKey(), 0.0)))
                .filter(thread -> thread.getValue() >= 0.01)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(thread -> byThread.put(thread.getKey(), Math.round(thread.getValue() * 100) / 100.0));
        return result;
    }

    /**
     * CPU seconds of every instance's threads, by thread name (see {@link ProcessCpu#secondsByThread}).
     * Kafka Streams names its threads (stream threads, the state updater, the global thread) after
     * the application id, which the kernel's 15 characters cut to the id alone: they are one entry,
     * named the same in every run.
     */
    private Map<String, Double> threadCpu() {
        final String streamsThreads = applicationId.substring(0, Math.min(applicationId.length(), 15));
        final Map<String, Double> all = new TreeMap<>();
        servicePids.forEach(pid -> ProcessCpu.secondsByThread(pid)
                .forEach((name, seconds) ->
                        all.merge(name.startsWith(streamsThreads) ? STREAMS_THREADS : name, seconds, Double::sum)));
        return all;
    }

    private double serviceCpu() {
        return servicePids.stream().mapToDouble(ProcessCpu::seconds).sum();
    }
}
