package org.recoverytracker.stack.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A prefix for the command of a child that the harness, not the terminal, decides to stop.
 *
 * <p>Ctrl-C in a terminal sends SIGINT to every process of the foreground group, and the children
 * of a JVM are in its group: the broker would then stop at the same time as the services that are
 * still writing to it. The prefix makes the child ignore SIGINT (a JVM keeps an ignored SIGINT
 * ignored), so that the harness stops the services first and then the broker. Where util-linux's
 * {@code setpriv} is available, the child also gets SIGTERM when the harness dies without cleaning
 * up, even by SIGKILL ({@code PR_SET_PDEATHSIG}). That signal follows the thread that started
 * the child, so the harness starts its children from its main thread, which lives until the end.
 */
public final class TerminalGuard {

    private static final List<String> IGNORE_SIGINT = List.of("sh", "-c", "trap '' INT; exec \"$@\"", "stack-child");

    private TerminalGuard() {}

    /** The prefix; empty on Windows, where neither is needed nor available. */
    public static List<String> prefix() {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return List.of();
        }
        List<String> prefix = new ArrayList<>();
        if (hasParentDeathSignal()) {
            prefix.addAll(List.of("setpriv", "--pdeathsig", "TERM", "--"));
        }
        prefix.addAll(IGNORE_SIGINT);
        return List.copyOf(prefix);
    }

    private static boolean hasParentDeathSignal() {
        try {
            Process probe = new ProcessBuilder("setpriv", "--pdeathsig", "TERM", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.DISCARD)
                    .start();
            return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
