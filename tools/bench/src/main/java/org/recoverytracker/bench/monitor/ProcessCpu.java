package org.recoverytracker.bench.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
        return secondsIn(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /**
     * CPU seconds of each thread of a process, summed by thread name with its numbers left out
     * ({@code rocksdb:low3} and {@code rocksdb:low7} are {@code rocksdb:low#}): which of a
     * service's threads its CPU went to (the stream thread, the producer's sender, RocksDB's
     * compactions, the garbage collector, the JIT compilers), native threads included, which a Java
     * profiler does not see. Names are as the kernel keeps them, cut to 15 characters. Empty when the
     * process is gone.
     */
    public static Map<String, Double> secondsByThread(long pid) {
        final Map<String, Double> byName = new TreeMap<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            threads.forEach(thread -> {
                try {
                    final String name = Files.readString(thread.resolve("comm")).strip();
                    final double seconds = secondsIn(thread.resolve("stat"));
                    if (!Double.isNaN(seconds)) {
                        byName.merge(name.replaceAll("[0-9]+", "#"), seconds, Double::sum);
                    }
                } catch (IOException | UncheckedIOException gone) {
                    // A thread that ended while being read: its time is in none of the others.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
        return byName;
    }

    private static double secondsIn(Path stat) {
        try {
            final String line = Files.readString(stat);
            // The command name (field 2) may contain spaces; fields are counted after its ')'.
            final String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
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
