package org.recoverytracker.localkafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A {@link LocalKafkaBroker} running in a child JVM, for tests that need to crash the broker.
 *
 * <p>An in-process broker cannot be killed the way a real one dies: {@code kill -9} gives no
 * chance to flush, close files or say goodbye to clients. A child process can be, and can then
 * be started again on the same port and data directory to test what clients and services do
 * while the broker is gone and once it is back.
 *
 * <p>The child runs on the current {@code java.class.path}, so the calling module's Kafka version
 * is the one started. Its standard output and error are appended to {@link #logFile()} in the
 * data directory rather than cluttering the test output. It never outlives the JVM that started
 * it: {@link #close()} kills it, a shutdown hook kills any child still running, and the child
 * itself stops when this JVM's process ends (which covers this JVM being killed).
 *
 * <p>{@link Options} let a caller that runs a whole stack (the local stack, the system tests)
 * choose the log file, the JVM options and a command prefix, so that the broker is started the same
 * way as the services beside it.
 */
public final class BrokerProcess implements AutoCloseable {

    /** Name of the file in the data directory that collects the output of every run. */
    public static final String LOG_FILE_NAME = "broker.log";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    /** What a broker that would not stop was doing: its last lines say what it waited for. */
    private static final int LINES_SHOWN_WHEN_STUCK = 40;
    // A bounded heap instead of a quarter of the machine's memory per broker, and a collector
    // without background threads that would compete with the test JVM for the few cores.
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    /**
     * How the child JVM is started.
     *
     * @param logFile the file that collects the broker's output (appended to); {@code null} for
     *     {@value #LOG_FILE_NAME} in the data directory
     * @param jvmOptions options for the child JVM, such as its heap size
     * @param commandPrefix words put before the {@code java} command, e.g. a program that makes the
     *     child ignore the terminal's Ctrl-C so that its parent decides when it stops
     */
    public record Options(Path logFile, List<String> jvmOptions, List<String> commandPrefix) {

        public static final Options DEFAULT = new Options(null, JVM_OPTIONS, List.of());

        public Options {
            logFile = logFile == null ? null : logFile.toAbsolutePath().normalize();
            jvmOptions = List.copyOf(jvmOptions);
            commandPrefix = List.copyOf(commandPrefix);
        }
    }

    private final Path dataDir;
    private final int port;
    private final Options options;
    /** Arguments that make the child one node of a cluster; empty for a single node. */
    private final List<String> memberArguments;
    /** Where the current run's output starts in the log file, which collects every run's. */
    private long outputStart;
    // Volatile: pid() and exitCode() answer while stop() holds the lock, e.g. for a kill at once.
    private volatile Process process;

    private BrokerProcess(Path dataDir, int port, Options options, List<String> memberArguments) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
        this.options = options;
        this.memberArguments = List.copyOf(memberArguments);
    }

    /**
     * Starts a broker in a child JVM on {@code 127.0.0.1:port} with its data in {@code dataDir},
     * and returns once it accepts client connections.
     *
     * @throws IllegalStateException if the broker exits or is not ready within 60 seconds; the
     *     message contains the broker's output
     */
    public static BrokerProcess start(Path dataDir, int port) {
        return start(dataDir, port, Options.DEFAULT);
    }

    /** As {@link #start(Path, int)}, with the child JVM started as {@code options} say. */
    public static BrokerProcess start(Path dataDir, int port, Options options) {
        BrokerProcess broker = new BrokerProcess(dataDir, port, options, List.of());
        broker.launch();
        return broker;
    }

    /**
     * Starts one node of a cluster in a child JVM without waiting for it: a node is ready only
     * once a majority of the quorum runs, so {@link KafkaCluster} starts them all, then waits for
     * each with {@link #awaitReady()}.
     */
    static BrokerProcess spawnMember(Path dataDir, int port, Options options, QuorumMembership membership) {
        BrokerProcess broker = new BrokerProcess(
                dataDir,
                port,
                options,
                List.of(
                        "--node-id",
                        Integer.toString(membership.nodeId()),
                        "--quorum-voters",
                        membership.voters(),
                        "--cluster-id",
                        membership.clusterId()));
        broker.spawn();
        return broker;
    }

    /** A TCP port that is free on the loopback address right now. */
    public static int freePort() {
        return FreePorts.pick(BrokerSettings.DEFAULT_HOST);
    }

    public String bootstrapServers() {
        return BrokerSettings.DEFAULT_HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return options.logFile() != null ? options.logFile() : dataDir.resolve(LOG_FILE_NAME);
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The process id of the current (or last) run. */
    public long pid() {
        return process.pid();
    }

    /** The exit code of the last run, once it has ended; empty while it runs. */
    public OptionalInt exitCode() {
        Process current = process;
        return current == null || current.isAlive() ? OptionalInt.empty() : OptionalInt.of(current.exitValue());
    }

    /** Kills the broker with SIGKILL, as a crash or an OOM killer would, and waits until it is gone. */
    public synchronized void kill() {
        if (isRunning()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    /** Asks the broker to shut down with SIGTERM without waiting: to stop several at once, then wait with {@link #stop()}. */
    public synchronized void requestStop() {
        if (isRunning()) {
            process.destroy();
        }
    }

    /**
     * Asks the broker to shut down with SIGTERM and waits for it.
     *
     * @return the broker's exit code: 0 after a clean shutdown
     * @throws IllegalStateException if it has not stopped within 30 seconds (it is then killed)
     */
    public synchronized int stop() {
        if (isRunning()) {
            process.destroy();
            awaitExit();
        }
        return process.exitValue();
    }

    /**
     * Starts the broker again on the same port and data directory after {@link #kill()} or
     * {@link #stop()}, and returns once it accepts client connections.
     *
     * @throws IllegalStateException if the broker is still running, or as {@link #start(Path, int)}
     */
    public synchronized void restart() {
        if (isRunning()) {
            throw new IllegalStateException(
                    "The broker on port " + port + " is still running; kill() or stop() it first");
        }
        launch();
    }

    /** Kills the broker if it is still running. */
    @Override
    public void close() {
        kill();
    }

    private synchronized void launch() {
        spawn();
        awaitReady();
    }

    private synchronized void spawn() {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile().getParent());
            outputStart = Files.exists(logFile()) ? Files.size(logFile()) : 0;
            ProcessBuilder builder = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile().toFile()));
            Process child = ChildProcesses.reapOnExit(builder.start());
            child.getOutputStream().close();
            process = child;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a Kafka broker in " + dataDir, e);
        }
    }

    /**
     * Waits until the run started last accepts client connections.
     *
     * @throws IllegalStateException if it exits or is not ready within 60 seconds (it is then
     *     killed); the message contains the broker's output
     */
    synchronized void awaitReady() {
        try {
            awaitReady(outputStart);
        } catch (RuntimeException e) {
            kill();
            throw e;
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(options.commandPrefix());
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                LocalKafkaBroker.class.getName(),
                "--port",
                Integer.toString(port),
                "--data-dir",
                dataDir.toString(),
                "--parent-pid",
                Long.toString(ProcessHandle.current().pid())));
        command.addAll(memberArguments);
        return command;
    }

    private void awaitReady(long outputStart) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            String output = outputSince(outputStart);
            if (output.contains(LocalKafkaBroker.READY_MESSAGE_PREFIX)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker on port " + port + " exited with code "
                        + process.exitValue() + " before it was ready. Its output:\n" + output);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The Kafka broker on port " + port + " was not ready within "
                        + READY_TIMEOUT.toSeconds() + " s. Its output:\n" + output);
            }
            sleep(POLL_INTERVAL);
        }
    }

    private String outputSince(long offset) {
        try (InputStream in = Files.newInputStream(logFile())) {
            in.skipNBytes(offset);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + logFile(), e);
        }
    }

    private void awaitExit() {
        if (!ChildProcesses.awaitExit(process, EXIT_TIMEOUT)) {
            throw new IllegalStateException("The Kafka broker on port " + port + " did not stop within "
                    + EXIT_TIMEOUT.toSeconds() + " s and was killed. The end of its output:\n" + outputTail());
        }
    }

    /** The last lines the current (or last) run wrote: what a broker that would not stop was waiting for. */
    synchronized String outputTail() {
        return LogTail.lastLines(outputSince(outputStart), LINES_SHOWN_WHEN_STUCK);
    }

    /** Waits between two looks at a broker (or a cluster's brokers). */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
