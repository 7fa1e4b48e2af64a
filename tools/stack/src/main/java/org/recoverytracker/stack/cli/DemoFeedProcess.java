package org.recoverytracker.stack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoverytracker.stack.Java;
import org.recoverytracker.stack.JvmOptions;
import org.recoverytracker.stack.process.ChildProcess;

/**
 * The demo feed ({@code tools/demo-feed}) in a process of its own, posting to the local stack's
 * ingest services. Its failure is reported but does not stop the stack: the stack is still useful.
 */
final class DemoFeedProcess {

    static final String NAME = "demo-feed";
    /** The feed's one-line summary once it has posted the story; starts with its StoryReport.PREFIX. */
    private static final Pattern SUMMARY = Pattern.compile("Demo story posted:.*");

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ChildProcess process;
    private boolean summaryShown;
    private boolean endReported;
    // Set before the stop's SIGTERM: the exit that follows is no failure to report.
    private volatile boolean stopRequested;

    private DemoFeedProcess(ChildProcess process) {
        this.process = process;
    }

    static DemoFeedProcess start(Path jar, Path logDir, List<String> commandPrefix) {
        List<String> command = new ArrayList<>(commandPrefix);
        command.add(Java.executable());
        command.addAll(JvmOptions.FEED);
        // --parent-pid: the feed stops by itself if this harness is gone, however it ended.
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--parent-pid",
                Long.toString(ProcessHandle.current().pid())));
        return new DemoFeedProcess(ChildProcess.start(NAME, command, logDir.resolve(NAME + ".log")));
    }

    /** Shows the feed's summary once it has posted the story, and says once if it has failed. */
    void report(Console console) {
        if (!summaryShown) {
            summary().ifPresent(line -> {
                console.line(console.dim(line));
                summaryShown = true;
            });
        }
        OptionalInt exit = process.exitCode();
        if (!endReported && exit.isPresent() && !stopRequested) {
            endReported = true;
            if (exit.getAsInt() != 0) {
                console.logTail(process.log(), process.logTail(25));
                console.warn("The demo feed failed (exit " + exit.getAsInt() + "); the stack keeps running. Its log: "
                        + process.log());
            }
        }
    }

    /** @return whether it stopped by itself within the grace period */
    boolean stop() {
        stopRequested = true;
        return process.stop(STOP_GRACE);
    }

    void killNow() {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    private Optional<String> summary() {
        try {
            Matcher matcher = SUMMARY.matcher(Files.readString(process.log(), StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
