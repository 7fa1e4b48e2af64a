package org.recoverytracker.stack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the user sees: numbered steps, timings, warnings. Colours and a redrawn progress line only
 * on a terminal; plain lines elsewhere (a log, a CI job), as {@code run-local} always did.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    Console(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** The JVM's console is there only when both input and output are a terminal: good enough for colours. */
    static Console system() {
        return new Console(System.out, System.err, System.console() != null);
    }

    String bold(String text) {
        return style("\u001b[1m", text);
    }

    String dim(String text) {
        return style("\u001b[2m", text);
    }

    String green(String text) {
        return style("\u001b[32m", text);
    }

    String red(String text) {
        return style("\u001b[31m", text);
    }

    /** {@code [n/4] text}, without a line end: the result follows on the same line. */
    void step(int number, String text) {
        out.print(bold("[" + number + "/4]") + " " + text);
        out.flush();
    }

    /** {@code ready (12 s)} in green, ending the line. */
    void doneIn(String what, Duration took) {
        out.println(green(what) + " (" + took.toSeconds() + " s)");
    }

    /** Text without a line end: what follows completes the line. */
    void print(String text) {
        clearProgress();
        out.print(text);
        out.flush();
    }

    void line(String text) {
        clearProgress();
        out.println(text);
    }

    /** A line that the next output replaces; shown only on a terminal. */
    void progress(String text) {
        if (terminal) {
            out.print("\r\u001b[K" + dim(text));
            out.flush();
        }
    }

    void clearProgress() {
        if (terminal) {
            out.print("\r\u001b[K");
        }
    }

    void warn(String text) {
        clearProgress();
        err.println(red(text));
    }

    /** The end of a failed process's log, framed as {@code run-local} always framed it. */
    void logTail(Path log, String tail) {
        clearProgress();
        err.println(dim("--- last lines of " + log + " ---"));
        err.println(tail);
        err.println(dim("---"));
    }

    /** {@code run-local: message}, in red on standard error. */
    void failure(String message) {
        clearProgress();
        err.println();
        err.println(red("run-local: " + message));
    }

    private String style(String code, String text) {
        return terminal ? code + text + "\u001b[0m" : text;
    }
}
