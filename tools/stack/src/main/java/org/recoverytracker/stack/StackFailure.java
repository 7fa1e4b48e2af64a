package org.recoverytracker.stack;

import java.nio.file.Path;
import org.recoverytracker.localkafka.LogTail;

/**
 * A process of the stack failed: it died, or it was not ready in time. The message names the
 * process and carries the end of its log, which is what a user needs to see first.
 */
public final class StackFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String processName;
    private final transient Path log;
    private final String what;
    private final String logTail;

    public StackFailure(String processName, Path log, String what, String logTail) {
        super(processName + " " + what + "; its log: " + log + System.lineSeparator() + "--- last lines of " + log
                + " ---" + System.lineSeparator() + logTail + System.lineSeparator() + "---");
        this.processName = processName;
        this.log = log;
        this.what = what;
        this.logTail = logTail;
    }

    /**
     * A broker did not start: the first line of {@code cause} says why, the end of its log the rest.
     *
     * @param name the broker's name in reports, e.g. {@code kafka}
     */
    public static StackFailure brokerNotStarted(String name, Path log, IllegalStateException cause) {
        return new StackFailure(
                name, log, "failed to start: " + firstLine(cause), LogTail.of(log, ServiceProcess.LOG_TAIL_LINES));
    }

    /** The first line of a failure's message, which is what it says in a sentence. */
    static String firstLine(Exception cause) {
        String message = cause.getMessage();
        return message == null
                ? cause.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }

    /** What happened, e.g. {@code stopped unexpectedly (exit 1)}. */
    public String what() {
        return what;
    }

    /** The last lines of the process's log. */
    public String logTail() {
        return logTail;
    }

    /** The process that failed, e.g. {@code recovery-streams} or {@code kafka}. */
    public String processName() {
        return processName;
    }

    public Path log() {
        return log;
    }
}
