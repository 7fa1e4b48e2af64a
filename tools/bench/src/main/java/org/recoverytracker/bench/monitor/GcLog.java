package org.recoverytracker.bench.monitor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unified JVM GC log ({@code -Xlog:gc}). Every collection logs the heap in use before and
 * after it ({@code Pause Young (Allocation Failure) 207M->105M(365M) 12.3ms}); the largest
 * "before" is the service's true peak heap use, which sampling can only approach, and the
 * "after" of a full collection is what the service really keeps alive.
 */
public final class GcLog {

    private static final Pattern PAUSE =
            Pattern.compile("Pause (Young|Full)[^\\n]*? (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {}

    /** The peaks in bytes of the collections in a log. */
    public record Peaks(long collections, double beforeMax, double afterMax, double afterFullMax) {}

    public static Peaks parse(String log) {
        long collections = 0;
        double beforeMax = 0;
        double afterMax = 0;
        double afterFullMax = 0;
        final Matcher matcher = PAUSE.matcher(log);
        while (matcher.find()) {
            collections++;
            beforeMax = Math.max(beforeMax, bytes(matcher.group(2), matcher.group(3)));
            final double after = bytes(matcher.group(4), matcher.group(5));
            afterMax = Math.max(afterMax, after);
            if (matcher.group(1).equals("Full")) {
                afterFullMax = Math.max(afterFullMax, after);
            }
        }
        return new Peaks(collections, beforeMax, afterMax, afterFullMax);
    }

    private static double bytes(String amount, String unit) {
        final double value = Double.parseDouble(amount);
        return switch (unit) {
            case "K" -> value * 1024;
            case "M" -> value * 1024 * 1024;
            default -> value * 1024 * 1024 * 1024;
        };
    }
}
