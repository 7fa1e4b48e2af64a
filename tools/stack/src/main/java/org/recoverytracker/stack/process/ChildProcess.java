package org.recoverytracker.stack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.recoverytracker.localkafka.ChildProcesses;
import org.recoverytracker.localkafka.LogTail;

/**
 * A program running in a process of its own, its standard output and error in its own log file.
 * It can be stopped (SIGTERM, then SIGKILL after a grace period), killed (SIGKILL) and started
 * again with the same command, and it never outlives this JVM ({@link ChildProcesses}).
 *
 * <p>Plain {@link ProcessBuilder} and {@link Process}: since Java 9 they give what Apache Commons
 * Exec or zt-exec would, for children whose output goes to a file (redirects, SIGTERM and SIGKILL,
 * exit futures, waits with a timeout), without a stream-pumping thread per child.
 *
 * <p>The first start moves the log of a previous run aside to {@code NAME.previous.log}; a
 * {@link #restart()} appends to the same log, so that it tells the whole story of a crash test.
 */
public final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Path log;
    // Volatile, not guarded by the lock: a kill must get through while a stop is waiting.
    private volatile Process process;

    private ChildProcess(String name, List<String> command, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log.toAbsolutePath().normalize();
    }

    /** Starts {@code command} with its output in {@code log}, keeping the previous run's log aside. */
    public static ChildProcess start(String name, List<String> command, Path log) {
        ChildProcess child = new ChildProcess(name, command, log);
        try {
            Files.createDirectories(child.log.getParent());
            if (Files.exists(child.log)) {
                Files.move(
                        child.log,
                        child.log.resolveSibling(name + ".previous.log"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the log of " + name + ": " + log, e);
        }
        child.launch();
        return child;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The exit code of the current run once it has ended; empty while it runs. */
    public OptionalInt exitCode() {
        Process current = process;
        return current.isAlive() ? OptionalInt.empty() : OptionalInt.of(current.exitValue());
    }

    /** The last lines of the log, to say why a process failed. */
    public String logTail(int lines) {
        return LogTail.of(log, lines);
    }

    /**
     * Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it (SIGKILL).
     *
     * @return whether it stopped by itself within {@code grace}
     */
    public boolean stop(Duration grace) {
        requestStop();
        return awaitStop(grace);
    }

    /** Sends SIGTERM and returns at once, so that several processes can stop at the same time. */
    public void requestStop() {
        process.destroy();
    }

    /**
     * Waits up to {@code grace} for the process to end after {@link #requestStop()}, then kills it.
     *
     * @return whether it stopped by itself within {@code grace}
     */
    public boolean awaitStop(Duration grace) {
        return ChildProcesses.awaitExit(process, grace);
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks, no clean close. Waits until it is gone. */
    public void kill() {
        Process current = process;
        current.destroyForcibly();
        ChildProcesses.awaitExit(current, Duration.ofSeconds(30));
    }

    /** Starts the same command again after {@link #stop(Duration)} or {@link #kill()}, appending to the log. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        launch();
    }

    private synchronized void launch() {
        try {
            Process started = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .start();
            process = ChildProcesses.reapOnExit(started);
            // Children read nothing: an empty standard input, as </dev/null in a script.
            started.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), e);
        }
    }
}
