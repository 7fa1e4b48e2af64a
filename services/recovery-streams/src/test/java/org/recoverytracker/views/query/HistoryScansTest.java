package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole-history scans take turns: a bounded number run, a bounded number wait, the rest are refused. */
class HistoryScansTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        finish.countDown();
        callers.shutdownNow();
    }

    @Test
    void runsAsManyScansAtOnceAsItMayAndRefusesTheOneTooManyToWaitAtOnce() throws Exception {
        final HistoryScans scans = new HistoryScans(1, 1, Duration.ofSeconds(30));
        final CountDownLatch running = new CountDownLatch(1);
        final CompletableFuture<String> first = scanInBackground(scans, running);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        final CompletableFuture<String> waiting = scanInBackground(scans, new CountDownLatch(1));
        awaitQueued(scans);

        final long refusedAfter = timed(() -> assertThatThrownBy(() -> scans.inTurn(() -> "third"))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessageContaining("whole history"));

        assertThat(refusedAfter).isLessThan(TimeUnit.SECONDS.toNanos(5));
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("scanned");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("scanned");
    }

    @Test
    void refusesAScanWhoseTurnDoesNotComeWithinTheWait() throws Exception {
        final HistoryScans scans = new HistoryScans(1, 8, Duration.ofMillis(200));
        final CountDownLatch running = new CountDownLatch(1);
        scanInBackground(scans, running);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> scans.inTurn(() -> "late")).isInstanceOf(ViewsUnavailableException.class);
    }

    @Test
    void givesTheTurnBackWhenAScanFails() {
        final HistoryScans scans = new HistoryScans(1, 0, Duration.ofMillis(100));

        assertThatThrownBy(() -> scans.inTurn(() -> {
                    throw new IllegalStateException("store closed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(scans.inTurn(() -> "next")).isEqualTo("next");
    }

    @Test
    void refusesSettingsThatWouldLetNoScanRun() {
        assertThatThrownBy(() -> new HistoryScans(0, 8, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recovery.views.history-scans.concurrent");
    }

    private CompletableFuture<String> scanInBackground(HistoryScans scans, CountDownLatch running) {
        return CompletableFuture.supplyAsync(
                () -> scans.inTurn(() -> {
                    running.countDown();
                    try {
                        finish.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "scanned";
                }),
                callers);
    }

    /** Waits until a second caller is waiting for its turn. */
    private static void awaitQueued(HistoryScans scans) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!scans.hasWaitingScans() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(scans.hasWaitingScans()).isTrue();
    }

    private static long timed(Runnable action) {
        final long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }
}
