package org.recoverytracker.stack.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recoverytracker.localkafka.ChildProcesses;
import org.recoverytracker.stack.BuiltJars;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.stack.StackConfig;
import org.recoverytracker.stack.StackFailure;
import org.recoverytracker.stack.StackPorts;
import org.recoverytracker.stack.StartListener;
import org.recoverytracker.stack.process.TerminalGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The local stack in the foreground, as {@code ./run-local} runs it once it has built the jars:
 * the broker on 9092 and the five services on 8080-8084, progress while they start, the URLs and
 * dev-only keys once they are ready, then the demo feed. SIGINT or SIGTERM stops everything (the
 * feed, then the services, then the broker); a second one kills what is left. If the broker or a
 * service dies, it shows the end of that process's log, stops the rest and exits with 1.
 */
@Command(
        name = "run-local",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs the Recovery Tracker stack from jars already built; ./run-local builds them first.")
public final class StackCommand implements Callable<Integer> {

    private static final Duration MONITOR_INTERVAL = Duration.ofSeconds(1);

    @Option(
            names = "--data-dir",
            required = true,
            paramLabel = "DIR",
            description = "Keep all state (broker log, streams state, logs, jar copies) under DIR.")
    private Path dataDir;

    @Option(
            names = "--repository",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The repository whose built jars to run (default: the current directory).")
    private Path repository;

    @Option(names = "--no-demo", description = "Start the stack without the demo feed.")
    private boolean noDemo;

    @Option(
            names = "--started-at",
            hidden = true,
            paramLabel = "EPOCH_SECONDS",
            description = "When ./run-local started, so that the ready time includes its build.")
    private Long startedAt;

    private final Console console = Console.system();
    private volatile RecoveryStack stack;
    private volatile DemoFeedProcess feed;
    private volatile boolean stopping;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StackCommand()).execute(args));
    }

    @Override
    public Integer call() {
        Instant started = startedAt != null ? Instant.ofEpochSecond(startedAt) : Instant.now();
        dataDir = dataDir.toAbsolutePath().normalize();
        List<Integer> taken = TakenPorts.among(StackPorts.ALL);
        if (!taken.isEmpty()) {
            console.failure("port(s) " + taken + " already in use (another ./run-local?). The stack needs "
                    + StackPorts.KAFKA + " and 8080-8084.");
            return 1;
        }
        StackConfig config = StackConfig.onFixedPorts(
                        dataDir, new BuiltJars(repository.toAbsolutePath(), dataDir.resolve("jars")))
                .withCommandPrefix(TerminalGuard.prefix());
        stack = RecoveryStack.of(config);
        ChildProcesses.stopFirst(this::stopAll);
        try {
            console.step(2, "Kafka broker (KRaft) on 127.0.0.1:" + StackPorts.KAFKA + "… ");
            stack.launch(new Progress(console));
            startDemo(config);
            console.line("");
            console.line(ReadyBanner.box(ReadyBanner.rows(
                    Duration.between(started, Instant.now()), StackPorts.KAFKA, config.logDir(), dataDir)));
            console.line(console.bold("Press Ctrl-C to stop."));
            return supervise();
        } catch (StackFailure failure) {
            return failed(failure, "");
        } catch (RuntimeException e) {
            if (stopping) {
                return 1;
            }
            console.failure(e.getMessage());
            return 1;
        }
    }

    private void startDemo(StackConfig config) {
        if (noDemo) {
            console.step(4, "Demo feed… skipped (--no-demo)");
            console.line("");
            return;
        }
        feed = DemoFeedProcess.start(config.apps().jar(DemoFeedProcess.NAME), config.logDir(), config.commandPrefix());
        console.step(4, "Demo feed… ");
        console.line(console.green("started") + ": the story since 2020, then a new event every 5-15 s");
    }

    /** Watches the processes until a signal ends this JVM; returns 1 if the broker or a service dies. */
    private int supervise() {
        while (true) {
            Optional<StackFailure> dead = stack.deadProcess();
            if (dead.isPresent()) {
                return failed(dead.get(), "; stopping the rest");
            }
            if (feed != null && !stopping) {
                feed.report(console);
            }
            try {
                Thread.sleep(MONITOR_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }

    private int failed(StackFailure failure, String consequence) {
        if (stopping) {
            // A process stopped because the user asked everything to stop: not a failure.
            return 1;
        }
        console.logTail(failure.log(), failure.logTail());
        console.failure(failure.processName() + " " + failure.what() + consequence + ". Its log: " + failure.log());
        return 1;
    }

    /** The graceful stop, run by the one shutdown hook before anything left is killed. */
    private void stopAll() {
        stopping = true;
        Instant started = Instant.now();
        SecondSignal.onInterruptOrTerminate(() -> {
            console.warn("      stopping faster (killing what is left)");
            if (feed != null) {
                feed.killNow();
            }
            stack.killNow();
        });
        console.line("");
        console.line(console.bold("Stopping") + " (Ctrl-C again to kill at once)…");
        if (feed != null && !feed.stop()) {
            console.warn("      " + DemoFeedProcess.NAME + " did not stop in time; killed it");
        }
        for (String killed : stack.stop()) {
            console.warn("      " + killed + " did not stop in time; killed it");
        }
        console.line(
                "Stopped (" + Duration.between(started, Instant.now()).toSeconds() + " s). Data kept in " + dataDir);
    }

    /** The start as {@code run-local} always showed it: steps 2 and 3, each service as it becomes ready. */
    private record Progress(Console console) implements StartListener {

        @Override
        public void brokerReady(String bootstrapServers, Duration took) {
            console.doneIn("ready", took);
        }

        @Override
        public void servicesStarted(List<ServiceProcess> services) {
            console.step(3, "Services, starting all four at once:");
            console.line("");
        }

        @Override
        public void serviceReady(ServiceProcess service, Duration took) {
            console.print(String.format("      %-26s :%s  ", service.name(), service.port()));
            console.doneIn("ready", took);
        }

        @Override
        public void stillWaiting(List<String> pending, Duration waited) {
            console.progress("      waiting for " + String.join(" ", pending) + "… " + waited.toSeconds() + " s");
        }
    }
}
