package org.recoverytracker.bench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.bench.monitor.MemoryMonitor;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.stack.Services;

/**
 * The benchmark's steps in their order, each a {@link StepJvm} against processes that
 * {@link BenchProcesses} starts and stops:
 *
 * <ol>
 *   <li>baselines on the benchmark's broker: raw producer (P), raw consumer (C), raw
 *       consume-produce with transactions (CP);
 *   <li>ingest through one ingest service (JSON batches, single PUTs) and the reference service;
 *   <li>the streams service on event topics pre-filled with the same backlog in every run:
 *       exactly-once, at-least-once, exactly-once again (so neither guarantee always runs on the
 *       warmer machine), then exactly-once on three instances;
 *   <li>freshness (202 to visible in the Views API) under a steady load;
 *   <li>Views API latency with eight readers under the same load;
 *   <li>a page flood, with liveness and the Views API meanwhile;
 *   <li>peak heap and RSS of every process, and the report of every figure with its baseline,
 *       ratio and target.
 * </ol>
 */
final class BenchRun {

    /** The services on the ingest write path: the three ingest services and the reference service. */
    private static final List<String> WRITE_PATH =
            List.of(Services.JOB_LOSS, Services.BUSINESS_SUPPORT, Services.GREEN_ECONOMY, Services.REFERENCE);

    /** The exactly-once run whose instance stays up to serve the steps after it. */
    private static final String VIEWS_RUN = "streams-eos";

    private final BenchSettings settings;
    private final BenchProcesses processes;
    private final StepJvm steps;
    private final Progress progress;
    private final Path results;
    private final MemoryMonitor monitor;
    private final StreamsRuns streamsRuns;

    private List<ServiceProcess> writePath = List.of();
    private ServiceProcess views;

    /**
     * @param results where each step writes its figures, and the monitor its peaks
     * @param monitor the memory monitor sampling every process, stopped before the report
     */
    BenchRun(
            BenchSettings settings,
            BenchProcesses processes,
            StepJvm steps,
            Progress progress,
            Path results,
            MemoryMonitor monitor) {
        this.settings = settings;
        this.processes = processes;
        this.steps = steps;
        this.progress = progress;
        this.results = results;
        this.monitor = monitor;
        this.streamsRuns = new StreamsRuns(processes, steps, progress, results, settings.events());
    }

    /** Every step, then the report: {@code results/OUTPUT.json} and {@code .md} under the bench's directory. */
    void run(Path toolsClasspath, ReportFacts facts) {
        startBroker();
        baselines(toolsClasspath);
        ingest();
        streams();
        freshness();
        queries();
        pageFlood();
        report(facts);
    }

    /**
     * What the report says about the run besides its figures.
     *
     * @param benchDir {@code tools/bench} of the repository measured, for its git state and results
     * @param loadAverage the machine's load average when the run started
     * @param serviceJar the streams service's jar, for the versions it was built with
     */
    record ReportFacts(Path benchDir, Instant started, String loadAverage, Path serviceJar) {}

    private void startBroker() {
        String bootstrap = processes.startBroker().bootstrapServers();
        progress.say("broker on " + bootstrap);
        steps.run("topics", "--bootstrap", bootstrap);
    }

    private void baselines(Path toolsClasspath) {
        Instant started = Instant.now();
        progress.step(
                1, "Baselines on the same broker (median of " + settings.runs() + " runs each, after one warm-up run)");
        progress.say("P: ProducerPerformance, " + Progress.count(settings.perfRecords())
                + " records of our events' size, acks=all, idempotent");
        perfToolRuns("producer-baseline", toolsClasspath, "producer");
        progress.say("C: ConsumerPerformance, " + Progress.count(settings.perfRecords()) + " records");
        perfToolRuns("consumer-baseline", toolsClasspath, "consumer");
        progress.say("CP: consume->produce of " + Progress.count(settings.consumeProduceRecords())
                + " of those records, with transactions as Kafka Streams' exactly-once");
        steps.run(
                "consume-produce-baseline",
                "--bootstrap",
                bootstrap(),
                "--broker-pid",
                Long.toString(processes.broker().pid()),
                "--records",
                Long.toString(settings.consumeProduceRecords()),
                "--runs",
                runs(),
                "--out",
                out("consume-produce"));
        progress.elapsed(started);
    }

    /** A baseline measured with one of Kafka's performance tools, on their own classpath. */
    private void perfToolRuns(String command, Path toolsClasspath, String result) {
        steps.run(
                command,
                "--bootstrap",
                bootstrap(),
                "--tools-classpath",
                toolsClasspath.toString(),
                "--logs",
                processes.logs().toString(),
                "--records",
                Long.toString(settings.perfRecords()),
                "--runs",
                runs(),
                "--out",
                out(result));
    }

    private void ingest() {
        Instant started = Instant.now();
        progress.step(2, "Ingest through job-loss-service, and baselines through reference-service");
        progress.say("starting the three ingest services and the reference service");
        startWritePath("");
        String windows = "(" + settings.ingestWarmup().toSeconds() + " s warm-up, " + BenchSettings.WINDOWS + " x "
                + settings.ingestWindow().toSeconds() + " s)";
        progress.say("JSON batches of " + Progress.count(BenchSettings.BATCH_SIZE) + " events, "
                + BenchSettings.BATCH_CLIENTS + " clients " + windows);
        ingestStep("batch", BenchSettings.BATCH_CLIENTS, "--job-loss", Services.JOB_LOSS, "ingest-batch");
        progress.say("single PUTs, " + BenchSettings.SINGLE_CLIENTS + " clients " + windows);
        ingestStep("single", BenchSettings.SINGLE_CLIENTS, "--job-loss", Services.JOB_LOSS, "ingest-single");
        progress.say("reference-service: JSON batches of " + Progress.count(BenchSettings.BATCH_SIZE) + " baselines, "
                + BenchSettings.BATCH_CLIENTS + " clients");
        ingestStep("batch", BenchSettings.BATCH_CLIENTS, "--reference", Services.REFERENCE, "reference-batch");
        // Stopped while the event topics are recreated under them (their producers would hold the
        // old topics' ids), and so that the streams test has the machine to itself.
        processes.stop(writePath);
        progress.elapsed(started);
    }

    private void ingestStep(String mode, int clients, String targetOption, String service, String result) {
        List<String> arguments = new ArrayList<>(List.of(
                "--mode",
                mode,
                "--clients",
                Integer.toString(clients),
                targetOption,
                BenchProcesses.url(writePathService(service)),
                "--warmup",
                seconds(settings.ingestWarmup()),
                "--window",
                seconds(settings.ingestWindow()),
                "--windows",
                Integer.toString(BenchSettings.WINDOWS),
                "--out",
                out(result)));
        if (mode.equals("batch")) {
            arguments.addAll(List.of("--batch-size", Integer.toString(BenchSettings.BATCH_SIZE)));
        }
        steps.run("ingest", arguments.toArray(String[]::new));
    }

    private void streams() {
        Instant started = Instant.now();
        progress.step(
                3,
                "Streams: " + Progress.count(settings.events())
                        + " events from pre-filled topics until every view is complete");
        progress.say("recreating the event topics (dropping the ingest test's events), pre-filling them with "
                + Progress.count(settings.events()) + " Avro events");
        steps.run("recreate-event-topics", "--bootstrap", bootstrap());
        streamsRuns.prefill();
        progress.say("exactly_once_v2");
        processes.stop(streamsRuns.run("exactly_once_v2", "streams-eos-first", List.of("recovery-streams-eos-first")));
        progress.say("at_least_once");
        processes.stop(streamsRuns.run("at_least_once", "streams-alos", List.of("recovery-streams-alos")));
        progress.say("exactly_once_v2 again (this instance stays up for steps 4 and 5)");
        views = streamsRuns
                .run("exactly_once_v2", VIEWS_RUN, List.of("recovery-streams-eos"))
                .get(0);
        progress.say("exactly_once_v2 on " + BenchSettings.SCALE_OUT + " instances");
        List<String> instances = new ArrayList<>();
        for (int i = 1; i <= BenchSettings.SCALE_OUT; i++) {
            instances.add("recovery-streams-scale-out-" + i);
        }
        processes.stop(streamsRuns.run("exactly_once_v2", "streams-scale-out", instances));
        progress.elapsed(started);
    }

    private void freshness() {
        Instant started = Instant.now();
        progress.step(
                4,
                "Freshness: 202 -> visible in the Views API, at " + Progress.count(BenchSettings.STEADY_RATE)
                        + " events/s through the three ingest services");
        progress.say("starting the three ingest services and the reference service again");
        startWritePath("-2");
        List<String> arguments = new ArrayList<>(steadyLoad());
        arguments.addAll(List.of(
                "--warmup", seconds(settings.freshnessWarmup()),
                "--seconds", seconds(settings.freshnessTime()),
                "--bootstrap", bootstrap(),
                "--views-application-id", StreamsRuns.applicationId(VIEWS_RUN),
                "--out", out("freshness")));
        steps.run("freshness", arguments.toArray(String[]::new));
        progress.elapsed(started);
    }

    private void queries() {
        Instant started = Instant.now();
        progress.step(
                5,
                "Queries: " + BenchSettings.QUERY_READERS + " readers of place, sector, weekly and UK views"
                        + " while ingest runs at " + Progress.count(BenchSettings.STEADY_RATE) + " events/s");
        List<String> arguments = new ArrayList<>(steadyLoad());
        arguments.addAll(List.of(
                "--readers", Integer.toString(BenchSettings.QUERY_READERS),
                "--warmup", "3",
                "--window", seconds(settings.queryWindow()),
                "--windows", Integer.toString(BenchSettings.WINDOWS),
                "--out", out("queries")));
        steps.run("queries", arguments.toArray(String[]::new));
        progress.elapsed(started);
    }

    private void pageFlood() {
        Instant started = Instant.now();
        progress.step(
                6,
                "Page flood: " + BenchSettings.PAGE_CLIENTS
                        + " browsers loading the dashboard at once; liveness and the Views API meanwhile");
        steps.run(
                "page-flood",
                "--views",
                BenchProcesses.url(views),
                "--clients",
                Integer.toString(BenchSettings.PAGE_CLIENTS),
                "--seconds",
                seconds(settings.pageFloodTime()),
                "--out",
                out("page-flood"));
        progress.elapsed(started);
    }

    private void report(ReportFacts facts) {
        progress.step(7, "Memory: peak heap and RSS of each service over the run");
        monitor.stop();
        GitState git = GitState.of(facts.benchDir());
        Path resultsDir = facts.benchDir().resolve("results");
        steps.run(
                "report",
                "--results",
                results.toString(),
                "--out",
                resultsDir.resolve(settings.output() + ".json").toString(),
                "--markdown",
                resultsDir.resolve(settings.output() + ".md").toString(),
                "--started-epoch",
                Long.toString(facts.started().getEpochSecond()),
                "--load-start",
                facts.loadAverage(),
                "--git-commit",
                git.commit(),
                "--git-dirty",
                Boolean.toString(git.dirty()),
                "--project-version",
                projectVersion(facts.serviceJar()),
                "--service-jar",
                facts.serviceJar().toString());
        progress.line("");
        progress.line("Wrote tools/bench/results/" + settings.output() + ".json and " + settings.output() + ".md in "
                + progress.sinceStart().toSeconds() + " s.");
    }

    /** The version in the jar's name, {@code recovery-streams-VERSION-exec.jar}: what the build made. */
    static String projectVersion(Path serviceJar) {
        String name = serviceJar.getFileName().toString();
        String prefix = BenchProcesses.STREAMS + "-";
        String suffix = "-exec.jar";
        return name.startsWith(prefix) && name.endsWith(suffix)
                ? name.substring(prefix.length(), name.length() - suffix.length())
                : "unknown";
    }

    /** The steady load's options: the three ingest services, the views, rate and batch size. */
    private List<String> steadyLoad() {
        return List.of(
                "--job-loss", BenchProcesses.url(writePathService(Services.JOB_LOSS)),
                "--business-support", BenchProcesses.url(writePathService(Services.BUSINESS_SUPPORT)),
                "--green-economy", BenchProcesses.url(writePathService(Services.GREEN_ECONOMY)),
                "--views", BenchProcesses.url(views),
                "--rate", Integer.toString(BenchSettings.STEADY_RATE),
                "--batch-size", Integer.toString(BenchSettings.STEADY_BATCH));
    }

    /** Starts the write path's four services at once and waits until all are ready. */
    private void startWritePath(String suffix) {
        List<ServiceProcess> started = new ArrayList<>();
        for (String service : WRITE_PATH) {
            started.add(processes.start(
                    service, service + suffix, List.of("--recovery.ingest.rate-limit.requests-per-minute=100000000")));
        }
        writePath = started;
        writePath.forEach(ServiceProcess::awaitReady);
    }

    private ServiceProcess writePathService(String service) {
        return writePath.get(WRITE_PATH.indexOf(service));
    }

    private String bootstrap() {
        return processes.broker().bootstrapServers();
    }

    private String runs() {
        return Integer.toString(settings.runs());
    }

    private String out(String result) {
        return results.resolve(result + ".json").toString();
    }

    private static String seconds(Duration duration) {
        return Long.toString(duration.toSeconds());
    }
}
