package org.recoverytracker.bench.stats;

import java.util.Arrays;
import java.util.Collection;

/**
 * A growable list of latencies in nanoseconds. Each load-generating thread fills its own (no
 * locking on the hot path); they are merged once the measurement is over.
 */
public final class Samples {

    private long[] values = new long[1024];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int size() {
        return size;
    }

    /** The values, sorted ascending. */
    public long[] sorted() {
        final long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    public static Samples merge(Collection<Samples> parts) {
        final Samples all = new Samples();
        for (Samples part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.values[i]);
            }
        }
        return all;
    }
}
