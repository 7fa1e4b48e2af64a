package org.recoverytracker.bench.steps;

import java.time.Duration;

/**
 * The clock of a load test: a warm-up whose results are thrown away (the services' JIT and
 * connection pools settle), then measurement windows of equal length. Load generators ask which
 * phase a request completed in and file its result there; the median of the windows' rates is the
 * figure, so one disturbed window (another engineer's build) does not decide it.
 */
final class Phases {

    static final int WARMUP = -1;

    private final int windows;
    private final long[] windowNanos;
    private volatile int current = WARMUP;

    Phases(int windows) {
        this.windows = windows;
        this.windowNanos = new long[windows];
    }

    /** Runs the warm-up and every window, returning when the last window is over. */
    void run(Duration warmup, Duration window) throws InterruptedException {
        Thread.sleep(warmup.toMillis());
        for (int i = 0; i < windows; i++) {
            final long start = System.nanoTime();
            current = i;
            Thread.sleep(window.toMillis());
            windowNanos[i] = System.nanoTime() - start;
        }
        current = windows;
    }

    /** {@link #WARMUP}, a window's index, or {@link #windows()} once over. */
    int current() {
        return current;
    }

    boolean measuring(int phase) {
        return phase >= 0 && phase < windows;
    }

    boolean over() {
        return current >= windows;
    }

    int windows() {
        return windows;
    }

    long windowNanos(int window) {
        return windowNanos[window];
    }
}
