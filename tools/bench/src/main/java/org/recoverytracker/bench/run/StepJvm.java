package org.recoverytracker.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.bench.Bench;
import org.recoverytracker.localkafka.ChildProcesses;

/**
 * Runs one of the benchmark's steps ({@link Bench}'s commands) in a JVM of its own, its output on
 * this console: each load generator starts with a cold JIT and a clean heap, as in every run
 * before, and leaves nothing behind for the next step. A step still running when this JVM exits
 * (a Ctrl-C) is killed with it.
 */
final class StepJvm {

    private static final List<String> TOOL_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

    private final String classpath;
    private final long clockTicksPerSecond;
    private volatile Process current;

    /**
     * @param clockTicksPerSecond the kernel's {@code CLK_TCK}, which the steps need to read CPU times
     *     from {@code /proc} and cannot ask for themselves
     */
    StepJvm(String classpath, long clockTicksPerSecond) {
        this.classpath = classpath;
        this.clockTicksPerSecond = clockTicksPerSecond;
    }

    /**
     * Runs {@code Bench command arguments...} and waits for it.
     *
     * @throws StepFailure if it exits with anything but 0 (it has said why on the console)
     */
    void run(String command, String... arguments) {
        Process step = start(command, arguments);
        current = step;
        try {
            int exit = step.waitFor();
            if (exit != 0) {
                throw new StepFailure("the step \"" + command + "\" failed (exit " + exit + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            step.destroyForcibly();
            throw new StepFailure("interrupted during the step \"" + command + "\"");
        }
    }

    /** Kills the step running now, if one is: the benchmark is being stopped, its figures are lost anyway. */
    void killCurrent() {
        Process step = current;
        if (step != null) {
            step.destroyForcibly();
        }
    }

    private Process start(String command, String... arguments) {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.addAll(TOOL_JVM);
        line.add("-Dbench.clk-tck=" + clockTicksPerSecond);
        line.addAll(List.of("-cp", classpath, Bench.class.getName(), command));
        line.addAll(List.of(arguments));
        try {
            Process step = ChildProcesses.reapOnExit(new ProcessBuilder(line)
                    .redirectOutput(Redirect.INHERIT)
                    .redirectError(Redirect.INHERIT)
                    .start());
            // Steps read nothing: an empty standard input, so that they never take the terminal's.
            step.getOutputStream().close();
            return step;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the step " + command, e);
        }
    }

    /** A step of the benchmark failed; its own output has said why. */
    static final class StepFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StepFailure(String message) {
            super(message);
        }
    }
}
