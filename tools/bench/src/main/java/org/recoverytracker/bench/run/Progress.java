package org.recoverytracker.bench.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the user sees while the benchmark runs: numbered steps, what each measures, how long it
 * took. Bold, dim and red only on a terminal; plain lines in a log or a CI job.
 */
final class Progress {

    static final int STEPS = 7;
    private static final String INDENT = "      ";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Instant started = Instant.now();

    Progress(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    static Progress system() {
        return new Progress(System.out, System.err, System.console() != null);
    }

    void title(String text) {
        out.println(style("\u001b[1m", text));
    }

    /** {@code [n/7] text}, in bold. */
    void step(int number, String text) {
        step(number, STEPS, text);
    }

    /** {@code [n/of] text}, in bold. */
    void step(int number, int of, String text) {
        out.println(style("\u001b[1m", "[" + number + "/" + of + "] " + text));
    }

    void line(String text) {
        out.println(text);
    }

    /** A line under the current step. */
    void say(String text) {
        out.println(INDENT + text);
    }

    /** {@code (12 s, 345 s in all)}, dim: how long the step that began at {@code stepStarted} took. */
    void elapsed(Instant stepStarted) {
        Instant now = Instant.now();
        out.println(style(
                "\u001b[2m",
                "(" + Duration.between(stepStarted, now).toSeconds() + " s, "
                        + Duration.between(started, now).toSeconds() + " s in all)"));
    }

    Duration sinceStart() {
        return Duration.between(started, Instant.now());
    }

    /** {@code bench/run: message}, in red on standard error. */
    void failure(String message) {
        err.println();
        err.println(style("\u001b[31m", "bench/run: " + message));
    }

    /** 1000000 as {@code 1,000,000}. */
    static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private String style(String code, String text) {
        return terminal ? code + text + "\u001b[0m" : text;
    }
}
