package org.recoverytracker.system.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.localkafka.ChildProcesses;

/** Runs {@code promtool}, Prometheus's own checker of rule files and runner of rule unit tests. */
final class Promtool {

    private static final Duration TIMEOUT = Duration.ofSeconds(300);

    /** What promtool said, and its exit code (0: everything passed). */
    record Result(int exitCode, String output) {}

    private Promtool() {}

    /** {@code promtool check rules FILE}: syntax, PromQL and templates of every rule. */
    static Result checkRules(Path rules) {
        return run("check", "rules", rules.toString());
    }

    /** {@code promtool test rules FILE}: the rule unit tests of one file. */
    static Result testRules(Path unitTests) {
        return run("test", "rules", unitTests.toString());
    }

    private static Result run(String... arguments) {
        final List<String> command = new ArrayList<>();
        command.add(Executables.find("promtool").toString());
        command.addAll(List.of(arguments));
        try {
            final Path output = Files.createTempFile("promtool", ".txt");
            try {
                final Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                process.getOutputStream().close();
                if (!ChildProcesses.awaitExit(process, TIMEOUT)) {
                    throw new IllegalStateException(String.join(" ", command)
                            + (Thread.currentThread().isInterrupted()
                                    ? " was interrupted"
                                    : " took more than " + TIMEOUT.toSeconds() + " s")
                            + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        }
    }
}
