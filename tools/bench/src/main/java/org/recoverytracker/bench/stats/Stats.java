package org.recoverytracker.bench.stats;

import java.util.Arrays;

/**
 * The statistics every figure is reported with. Percentiles use the nearest-rank definition (the
 * smallest value with at least p% of the samples at or below it), so a p99 is always a latency
 * that some request really had, never an interpolation between two.
 */
public final class Stats {

    private Stats() {}

    /**
     * @param sorted values in ascending order, at least one
     * @param percent 0 (exclusive) to 100 (inclusive)
     */
    public static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percent);
        }
        final int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** A percentile of latencies in nanoseconds, in milliseconds. */
    public static double percentileMillis(long[] sortedNanos, double percent) {
        return percentile(sortedNanos, percent) / 1_000_000.0;
    }

    /** The median; for an even count, the mean of the two middle values. */
    public static double median(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        final int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Events per second, from a count and a duration in nanoseconds. */
    public static double perSecond(long count, long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("duration must be positive: " + nanos);
        }
        return count * 1_000_000_000.0 / nanos;
    }
}
