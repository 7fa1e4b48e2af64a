package org.recoverytracker.localkafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The end of a log: what a user needs to see when a process has failed or would not stop. */
public final class LogTail {

    private LogTail() {}

    /**
     * The last {@code lines} lines of {@code log}, or a note saying why there are none. Bytes that
     * are not UTF-8 are replaced rather than failing: a crashing JVM may cut a line anywhere.
     */
    public static String of(Path log, int lines) {
        try {
            return lastLines(new String(Files.readAllBytes(log), StandardCharsets.UTF_8), lines);
        } catch (NoSuchFileException e) {
            return "(no log yet: " + log + ")";
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The last {@code lines} lines of a text (a part of a log already read). */
    public static String lastLines(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
