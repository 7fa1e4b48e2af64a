package org.recoverytracker.stack.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The end of a log file: what a user needs to see when a process has failed. */
public final class LogTail {

    private LogTail() {}

    /**
     * The last {@code lines} lines of {@code log}, or a note saying why there are none. Bytes that
     * are not UTF-8 are replaced rather than failing: a crashing JVM may cut a line anywhere.
     */
    public static String of(Path log, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (NoSuchFileException e) {
            return "(no log yet: " + log + ")";
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
