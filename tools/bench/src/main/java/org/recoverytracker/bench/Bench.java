package org.recoverytracker.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.recoverytracker.bench.cli.Args;
import org.recoverytracker.bench.http.IngestTarget;
import org.recoverytracker.bench.http.ViewsApi;
import org.recoverytracker.bench.kafka.BenchTopics;
import org.recoverytracker.bench.kafka.ConsumeProduce;
import org.recoverytracker.bench.kafka.PerfTools;
import org.recoverytracker.bench.kafka.Prefill;
import org.recoverytracker.bench.kafka.ViewsLag;
import org.recoverytracker.bench.report.Report;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.FailureReasons;
import org.recoverytracker.bench.stats.Stats;
import org.recoverytracker.bench.steps.CatchUp;
import org.recoverytracker.bench.steps.Freshness;
import org.recoverytracker.bench.steps.IngestBenchmark;
import org.recoverytracker.bench.steps.PageFlood;
import org.recoverytracker.bench.steps.QueryBenchmark;
import org.recoverytracker.bench.steps.SteadyLoad;
import org.recoverytracker.bench.steps.StreamsCompletion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's steps, one command each, every one in a JVM of its own started by
 * {@link org.recoverytracker.bench.run.BenchCommand}: {@code java -cp ...
 * org.recoverytracker.bench.Bench <command> --option value ...}. Each step writes its figures to the
 * file given by {@code --out}; {@code report} puts them together.
 */
public final class Bench {

    private interface Command {
        void run(Args args) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = Map.ofEntries(
            Map.entry("topics", args -> BenchTopics.create(args.string("bootstrap"))),
            Map.entry("recreate-event-topics", args -> BenchTopics.recreateEventTopics(args.string("bootstrap"))),
            Map.entry("producer-baseline", Bench::producerBaseline),
            Map.entry("consumer-baseline", Bench::consumerBaseline),
            Map.entry(
                    "prefill",
                    args -> ResultFile.write(
                            args.path("out"), new Prefill(args.string("bootstrap")).fill(args.number("events")))),
            Map.entry("consume-produce-baseline", Bench::consumeProduceBaseline),
            Map.entry("ingest", Bench::ingest),
            Map.entry("streams-complete", Bench::streamsComplete),
            Map.entry("freshness", Bench::freshness),
            Map.entry("queries", Bench::queries),
            Map.entry("steady-load", Bench::steadyLoad),
            Map.entry("page-flood", Bench::pageFlood),
            Map.entry(
                    "report",
                    args -> new Report(args.path("results"), args).write(args.path("out"), args.path("markdown"))));

    private Bench() {}

    public static void main(String[] arguments) throws Exception {
        if (arguments.length == 0 || !COMMANDS.containsKey(arguments[0])) {
            System.err.println("usage: Bench <command> [--option value ...]; commands: " + COMMANDS.keySet());
            System.exit(2);
        }
        COMMANDS.get(arguments[0]).run(Args.parse(Arrays.copyOfRange(arguments, 1, arguments.length)));
        // Kafka clients and HTTP clients leave non-daemon threads behind; the step is over.
        System.exit(0);
    }

    private static void producerBaseline(Args args) {
        final PerfTools tools =
                new PerfTools(args.string("bootstrap"), args.path("tools-classpath"), args.path("logs"));
        final int recordSize = (int) Math.round(Prefill.meanRecordBytes(10_000));
        final long records = args.number("records");
        final List<PerfTools.ProducerRun> runs = repeat(args.integer("runs", 3), run -> {
            final PerfTools.ProducerRun result =
                    tools.produce(BenchTopics.PRODUCER_PERF, records, recordSize, "producer-perf-" + run);
            System.out.printf(
                    "      %s: %,.0f records/s (p99 %d ms)%n", runName(run), result.perSecond(), result.p99Ms());
            return result;
        });
        final ObjectNode out = baseline(runs, PerfTools.ProducerRun::perSecond);
        out.put("recordSize", recordSize);
        out.put("records", records);
        ResultFile.write(args.path("out"), out);
    }

    private static void consumerBaseline(Args args) {
        final PerfTools tools =
                new PerfTools(args.string("bootstrap"), args.path("tools-classpath"), args.path("logs"));
        final long records = args.number("records");
        final List<PerfTools.ConsumerRun> runs = repeat(args.integer("runs", 3), run -> {
            final PerfTools.ConsumerRun result =
                    tools.consume(BenchTopics.PRODUCER_PERF, records, "consumer-perf-" + run);
            System.out.printf("      %s: %,.0f records/s%n", runName(run), result.perSecond());
            return result;
        });
        final ObjectNode out = baseline(runs, PerfTools.ConsumerRun::perSecond);
        out.put("records", records);
        ResultFile.write(args.path("out"), out);
    }

    private static void consumeProduceBaseline(Args args) {
        final ConsumeProduce loop =
                new ConsumeProduce(args.string("bootstrap"), BenchTopics.PRODUCER_PERF, args.number("broker-pid"));
        final long records = args.number("records");
        final List<ConsumeProduce.Run> runs = repeat(args.integer("runs", 3), run -> {
            // The loop runs in this JVM: its warm-up run is longer, so that its JIT is done too.
            final ConsumeProduce.Run result = loop.run(run == 0 ? 2 * records : records);
            System.out.printf(
                    "      %s: %,.0f records/s (%,.0f per CPU-second of loop and broker)%n",
                    runName(run), result.perSecond(), result.perCpuSecond());
            return result;
        });
        final ObjectNode out = baseline(runs, ConsumeProduce.Run::perSecond);
        out.put(
                "perCpuSecond",
                Stats.median(runs.stream()
                        .mapToDouble(ConsumeProduce.Run::perCpuSecond)
                        .toArray()));
        out.put("records", records);
        out.put("guarantee", "exactly_once (transactions, offsets in the transaction, commit every 100 ms)");
        out.put("input", BenchTopics.PRODUCER_PERF);
        ResultFile.write(args.path("out"), out);
    }

    private static void ingest(Args args) throws InterruptedException {
        final IngestBenchmark.Mode mode =
                IngestBenchmark.Mode.valueOf(args.string("mode").toUpperCase());
        final IngestBenchmark.Settings settings = new IngestBenchmark.Settings(
                mode,
                args.integer("clients"),
                args.integer("batch-size", 1),
                args.seconds("warmup", 5),
                args.seconds("window", 10),
                args.integer("windows", 3));
        // The same seed per mode as ever, so runs stay comparable.
        final long seed = mode.ordinal() + 11;
        final String reference = args.string("reference", null);
        final IngestBenchmark.Writes writes = reference != null
                ? IngestBenchmark.Writes.baselines(URI.create(reference), seed)
                : IngestBenchmark.Writes.events(IngestTarget.from(args).get(0), seed);
        final ObjectNode out = new IngestBenchmark(writes, settings).run();
        ResultFile.write(args.path("out"), out);
        System.out.printf(
                "      %,.0f events/s (windows %s), latency p50 %.1f ms, p99 %.1f ms, %d failed requests%n",
                out.path("eventsPerSecond").asDouble(),
                out.path("windowEventsPerSecond").toString(),
                out.path("latencyMs").path("p50").asDouble(),
                out.path("latencyMs").path("p99").asDouble(),
                out.path("failures").asLong());
        requireNoFailures(out, "ingest " + mode);
    }

    private static void streamsComplete(Args args) throws InterruptedException {
        final ObjectNode out = new StreamsCompletion(
                        new ViewsApi(URI.create(args.string("views"))),
                        args.list("pids").stream().map(Long::valueOf).toList(),
                        args.number("broker-pid"),
                        args.string("application-id"))
                .await(args.number("expected"), args.seconds("start-timeout", 240), args.seconds("stall", 120));
        out.put("processingGuarantee", args.string("guarantee"));
        ResultFile.write(args.path("out"), out);
        System.out.printf(
                "      %,d events in %.1f s: %,.0f events/s (%,.0f/s once a quarter was done; %,.0f per CPU-second"
                        + " of service and broker)%n",
                out.path("events").asLong(),
                out.path("seconds").asDouble(),
                out.path("eventsPerSecond").asDouble(),
                out.path("warmEventsPerSecond").asDouble(),
                out.path("eventsPerCpuSecond").asDouble());
    }

    private static void freshness(Args args) throws InterruptedException {
        final List<IngestTarget> targets = IngestTarget.from(args);
        final SteadyLoad load = new SteadyLoad(
                        targets, args.integer("rate"), args.integer("batch-size", 20), Freshness.probePlaces())
                .start(args.seconds("warmup", 5));
        final ObjectNode out;
        try (ViewsLag lag = new ViewsLag(args.string("bootstrap"), args.string("views-application-id"))) {
            out = new Freshness(targets, new ViewsApi(URI.create(args.string("views"))))
                    .run(
                            args.seconds("warmup", 5),
                            args.seconds("seconds", 30),
                            lag,
                            args.integer("rate"),
                            args.seconds("catch-up-limit", 60));
        }
        out.set("load", load.stop());
        ResultFile.write(args.path("out"), out);
        final JsonNode catchUp = out.path("catchUp");
        System.out.printf(
                "      %.1f s after the %d s warm-up, the views %s%n",
                catchUp.path("waitedSeconds").asDouble(),
                args.seconds("warmup", 5).toSeconds(),
                CatchUp.describe(catchUp));
        System.out.printf(
                "      %d probes: p50 %.0f ms, p99 %.0f ms, max %.0f ms; load %,.0f events/s accepted%n",
                out.path("samples").asInt(),
                out.path("latencyMs").path("p50").asDouble(),
                out.path("latencyMs").path("p99").asDouble(),
                out.path("latencyMs").path("max").asDouble(),
                out.path("load").path("acceptedEventsPerSecond").asDouble());
        requireNoFailures(out, "freshness probes");
        requireNoFailures((ObjectNode) out.path("load"), "steady load");
    }

    private static void pageFlood(Args args) throws InterruptedException {
        final ObjectNode out = new PageFlood(URI.create(args.string("views")), args.integer("clients"))
                .run(args.seconds("seconds", 20));
        ResultFile.write(args.path("out"), out);
        System.out.printf(
                "      %,d pages (%,d busy, %,d failed); liveness p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                out.path("pagesLoaded").asLong(),
                out.path("pagesBusy").asLong(),
                out.path("pagesFailed").asLong(),
                out.path("liveness").path("p50").asDouble(),
                out.path("liveness").path("p99").asDouble(),
                out.path("liveness").path("max").asDouble());
    }

    private static void queries(Args args) throws InterruptedException {
        final SteadyLoad load = new SteadyLoad(
                        IngestTarget.from(args),
                        args.integer("rate"),
                        args.integer("batch-size", 20),
                        Freshness.probePlaces())
                .start(args.seconds("warmup", 3));
        final ObjectNode out = new QueryBenchmark(URI.create(args.string("views")), args.integer("readers"))
                .run(args.seconds("warmup", 3), args.seconds("window", 7), args.integer("windows", 3));
        out.set("load", load.stop());
        ResultFile.write(args.path("out"), out);
        System.out.printf(
                "      %,.0f queries/s, p50 %.1f ms, p99 %.1f ms; load %,.0f events/s accepted%n",
                out.path("queriesPerSecond").asDouble(),
                out.path("latencyMs").path("p50").asDouble(),
                out.path("latencyMs").path("p99").asDouble(),
                out.path("load").path("acceptedEventsPerSecond").asDouble());
        requireNoFailures(out, "queries");
        requireNoFailures((ObjectNode) out.path("load"), "steady load");
    }

    /** The steady load alone, for looking at the ingest services under it. */
    private static void steadyLoad(Args args) throws InterruptedException {
        final SteadyLoad load = new SteadyLoad(
                        IngestTarget.from(args),
                        args.integer("rate"),
                        args.integer("batch-size", 20),
                        Freshness.probePlaces())
                .start(Duration.ZERO);
        Thread.sleep(args.seconds("seconds", 20).toMillis());
        final ObjectNode out = load.stop();
        ResultFile.write(args.path("out"), out);
        System.out.println("      " + out);
    }

    /**
     * Runs a measurement several times, numbering the runs from 1, after one unmeasured run (run 0):
     * the broker is a fresh JVM, and its first run measures its JIT compiler more than Kafka.
     */
    private static <T> List<T> repeat(int runs, Function<Integer, T> measurement) {
        measurement.apply(0);
        return IntStream.rangeClosed(1, runs).mapToObj(measurement::apply).toList();
    }

    private static String runName(int run) {
        return run == 0 ? "warm-up (not counted)" : "run " + run;
    }

    /** Every run and their median, which is the baseline. */
    private static <T> ObjectNode baseline(List<T> runs, ToDoubleFunction<T> perSecond) {
        final ObjectNode out = ResultFile.object();
        final ArrayNode all = out.putArray("runs");
        runs.forEach(run -> all.add(ResultFile.parse(ResultFile.toJson(run))));
        out.put("perSecond", Stats.median(runs.stream().mapToDouble(perSecond).toArray()));
        return out;
    }

    /**
     * A request the service refused (4xx) means the benchmark sent something wrong, and its figures
     * would mean nothing: the step fails. Requests that failed because the system was overwhelmed
     * (5xx, timeouts) are part of the measurement: they are reported with the figures.
     */
    private static void requireNoFailures(ObjectNode result, String what) {
        final long refused =
                result.path("refused").asLong() + result.path("refusedEvents").asLong();
        if (refused > 0) {
            throw new IllegalStateException(
                    what + ": the services refused " + refused + " requests or events: " + result);
        }
        final long failures = result.path("failures").asLong()
                + result.path("failedEvents").asLong()
                + result.path("timeouts").asLong();
        final String reasons = FailureReasons.summaryOf(result);
        if (failures > 0 || !reasons.isEmpty()) {
            System.out.println(
                    "      WARNING: " + what + ": " + failures + " requests or events failed (the services were"
                            + " overwhelmed) or were not sent; by reason: " + reasons);
        }
    }
}
