package org.recoverytracker.bench.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, from {@code /proc/<pid>/stat}. On a machine shared with other
 * builds, wall-clock throughput moves with what the others take; events per CPU-second moves far
 * less, so it is reported beside the wall-clock figures to tell a real regression from noise.
 */
public final class ProcessCpu {

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux we run on. */
    private static final double TICKS_PER_SECOND = Double.parseDouble(System.getProperty("bench.clk-tck", "100"));

    private ProcessCpu() {}

    /** User plus system CPU seconds of a process, or NaN when it can't be read. */
    public static double seconds(long pid) {
        try {
            final String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may contain spaces; fields are counted after its ')'.
            final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU seconds of this JVM. */
    public static double self() {
        return seconds(ProcessHandle.current().pid());
    }
}
