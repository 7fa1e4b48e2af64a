package org.recoverytracker.system.runlocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code ./run-local} of a clone, as a terminal runs it: in a process group of its own (so
 * that {@linkplain #pressCtrlC Ctrl-C} reaches every process of the group at once, the broker and
 * the services too), with everything it prints in a file.
 */
final class RunLocalProcess {

    /** What the harness prints once every service is ready. */
    static final String READY = "Recovery Tracker is running";

    private final Process process;
    private final Path output;

    private RunLocalProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code ./run-local} in {@code clone} with these options; what it prints goes to {@code output}. */
    static RunLocalProcess start(Path clone, Path output, String... options) throws IOException {
        // A program started in the background of a script inherits SIGINT ignored, and a JVM keeps an
        // ignored SIGINT ignored: Ctrl-C would then do nothing, as it never does in a terminal.
        final List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", "setsid", "./run-local"));
        command.addAll(List.of(options));
        final Process process = new ProcessBuilder(command)
                .directory(clone.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(Path.of("/dev/null").toFile())
                .start();
        return new RunLocalProcess(process, output);
    }

    /** Waits until the stack says it is ready; fails at once, with what it printed, if it ends first. */
    void awaitReady(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "./run-local ended with " + process.exitValue() + " before it was ready:\n" + output());
            }
            return output().contains(READY);
        });
    }

    /**
     * The processes it runs: the harness's descendants (the broker, the services, the demo feed
     * and the shells that start them).
     */
    List<ProcessHandle> children() {
        return process.descendants().toList();
    }

    /** Ctrl-C in its terminal: SIGINT to every process of its group. */
    void pressCtrlC() throws IOException, InterruptedException {
        signalGroup("INT");
    }

    /** Waits for it to end, and answers its exit code. */
    int awaitEnd(Duration atMost) throws InterruptedException {
        assertThat(process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS))
                .as("./run-local ended within %s of Ctrl-C:%n%s", atMost, output())
                .isTrue();
        return process.exitValue();
    }

    /** Kills whatever is left of it, for a test that failed half way. */
    void killIfRunning() throws IOException, InterruptedException {
        if (process.isAlive()) {
            final List<ProcessHandle> children = children();
            signalGroup("KILL");
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signals its process group. {@code env} and {@code setsid} exec what they run, {@code setsid}
     * making it the leader of a new group (it forks only when it is itself a group leader, which a
     * child of this JVM is not), and {@code ./run-local} ends by exec-ing the harness, so the
     * group's id is the process's own.
     */
    private void signalGroup(String signal) throws IOException, InterruptedException {
        final long group = processGroup();
        assertThat(group).as("./run-local leads its own process group").isEqualTo(process.pid());
        final Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + group)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.DISCARD)
                .start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    /** The process group, the fifth field of /proc/PID/stat (after the command, which is in brackets). */
    private long processGroup() throws IOException {
        final String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        final String[] afterCommand = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterCommand[2]);
    }
}
