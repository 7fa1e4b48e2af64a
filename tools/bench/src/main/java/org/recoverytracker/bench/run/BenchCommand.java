package org.recoverytracker.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.recoverytracker.bench.monitor.MemoryMonitor;
import org.recoverytracker.localkafka.ChildProcesses;
import org.recoverytracker.stack.BuiltJars;
import org.recoverytracker.stack.StackFailure;
import org.recoverytracker.testsupport.files.Directories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark suite in one command, as {@code tools/bench/run} runs it once it has built the
 * jars: its own broker and services on free ports with a temporary work directory, the steps of
 * {@link BenchRun}, a report. Every process it starts, and the work directory, are gone when it
 * ends, also after a failure or a Ctrl-C.
 */
@Command(
        name = "tools/bench/run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the benchmark suite against a broker and services of its own (free ports, a temporary data"
                    + " directory), prints every figure with its baseline, ratio and target, and writes"
                    + " tools/bench/results/latest.json and latest.md. Takes about 14 minutes on 2 cores (20 at"
                    + " most on a busy machine).",
            "Logs of every process are in tools/bench/target/last-run/."
        })
public final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--quick",
            description = "A smoke run of the harness (fewer events, one repetition, short windows);"
                    + " writes tools/bench/results/quick.json instead of latest.json.")
    private boolean quick;

    @Option(
            names = "--events",
            paramLabel = "N",
            description = "Events pre-filled for the streams test (default 1,000,000; 100,000 with --quick).")
    private Long events;

    @Option(
            names = "--runs",
            paramLabel = "N",
            description = "Repetitions of each baseline (default 3; 1 with --quick).")
    private Integer runs;

    @Option(
            names = "--keep",
            description = "Keep the temporary directory (broker data, streams state) for a look afterwards.")
    private boolean keep;

    @Option(
            names = "--profile",
            description = "Record each streams instance with Java Flight Recorder (its \"profile\" settings) into"
                    + " tools/bench/target/last-run/<instance>.jfr; e.g. jfr view hot-methods <file> to read it.")
    private boolean profile;

    @Option(
            names = "--compare-streams",
            paramLabel = "JAR",
            description = "Instead of the suite: the streams service of this build against JAR (another build's"
                    + " recovery-streams-*-exec.jar), exactly-once, in turn over one backlog; writes"
                    + " tools/bench/results/compare.json and compare.md.")
    private Path compareStreams;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "3",
            description = "With --compare-streams: runs of each build (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(
            names = "--repository",
            hidden = true,
            required = true,
            paramLabel = "DIR",
            description = "The repository whose built jars to measure.")
    private Path repository;

    @Option(
            names = "--tools-classpath",
            hidden = true,
            required = true,
            paramLabel = "FILE",
            description = "A file holding the classpath of Kafka's performance tools.")
    private Path toolsClasspath;

    private final Progress progress = Progress.system();
    private final AtomicBoolean cleanedUp = new AtomicBoolean();
    private volatile boolean finished;
    /** Set by the shutdown hook of a Ctrl-C or SIGTERM: what fails from then on is the stopping, not a fault. */
    private volatile boolean stopping;

    private Path work;
    private Path logs;
    private BenchProcesses processes;
    private MemoryMonitor monitor;
    private volatile StepJvm steps;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (compareStreams != null && !Files.isRegularFile(compareStreams)) {
            progress.failure("--compare-streams: " + compareStreams + " is not a file");
            return 2;
        }
        if (rounds < 1) {
            progress.failure("--rounds: " + rounds + " is not a number of runs");
            return 2;
        }
        Instant started = Instant.now();
        String loadAverage = loadAverage();
        BenchSettings settings = settings();
        Path benchDir = repository.toAbsolutePath().normalize().resolve("tools/bench");
        logs = benchDir.resolve("target/last-run");
        Directories.deleteTree(logs);
        Files.createDirectories(logs);
        work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "recovery-bench.");
        Path results = Files.createDirectories(work.resolve("results"));
        monitor = new MemoryMonitor(results.resolve("memory.json"), BenchSettings.MEMORY_INTERVAL).start();
        BuiltJars jars = new BuiltJars(repository.toAbsolutePath().normalize(), work.resolve("jars"));
        processes = new BenchProcesses(work, logs, jars, monitor, profile);
        ChildProcesses.stopFirst(this::stopEarly);
        progress.title("Recovery Tracker benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadAverage + ")");
        progress.say(
                "Kafka " + AppInfoParser.getVersion() + ", Java " + Runtime.version() + "; work directory " + work);
        try {
            steps = new StepJvm(System.getProperty("java.class.path"), Long.getLong("bench.clk-tck", 100));
            if (compareStreams != null) {
                new StreamsComparison(processes, steps, progress, results, settings.events(), rounds)
                        .run(new StreamsComparison.Builds(
                                jars.jar(BenchProcesses.STREAMS),
                                otherBuild(),
                                compareStreams.toAbsolutePath().normalize().toString(),
                                benchDir,
                                started,
                                loadAverage));
            } else {
                new BenchRun(settings, processes, steps, progress, results, monitor)
                        .run(
                                toolsClasspath,
                                new BenchRun.ReportFacts(
                                        benchDir, started, loadAverage, jars.jar(BenchProcesses.STREAMS)));
            }
            copyResults(results);
            finished = true;
            return 0;
        } catch (StackFailure | StepJvm.StepFailure failure) {
            if (!stopping) {
                progress.failure(failure.getMessage());
            }
            return 1;
        } finally {
            cleanUp();
        }
    }

    /** The other build's jar, copied beside this build's: a rebuild of its checkout meanwhile is harmless. */
    private Path otherBuild() throws IOException {
        Path copy = Files.createDirectories(work.resolve("jars")).resolve("other-" + compareStreams.getFileName());
        return Files.copy(compareStreams, copy, StandardCopyOption.REPLACE_EXISTING);
    }

    private BenchSettings settings() {
        return (quick ? BenchSettings.quick() : BenchSettings.full()).with(events, runs);
    }

    /** The shutdown hook: a no-op after a run that has cleaned up, the stop of a run that a signal ends. */
    private void stopEarly() {
        if (!cleanedUp.get()) {
            stopping = true;
            if (steps != null) {
                steps.killCurrent();
            }
            progress.line("");
            progress.line("Stopping the benchmark's processes…");
        }
        cleanUp();
    }

    /**
     * Stops every process (services before the broker) and removes the work directory; run once,
     * at the end or by the shutdown hook of a Ctrl-C, whichever comes first.
     */
    private void cleanUp() {
        if (!cleanedUp.compareAndSet(false, true)) {
            return;
        }
        if (monitor != null) {
            // Before the work directory goes: it writes its figures there.
            monitor.stop();
        }
        if (processes != null) {
            processes.stopAll();
        }
        if (keep) {
            progress.line("Kept " + work);
        } else if (work != null) {
            Directories.deleteTree(work);
        }
        if (stopping) {
            progress.line("Stopped; the logs are in " + logs);
        } else if (!finished) {
            progress.failure("failed; the logs are in " + logs);
        }
    }

    /** The steps' figures beside the logs, where they stay after the work directory is gone. */
    private void copyResults(Path results) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            for (Path file :
                    files.filter(file -> file.toString().endsWith(".json")).toList()) {
                Files.copy(file, logs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The first three fields of {@code /proc/loadavg}: the 1, 5 and 15 minute load averages. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
