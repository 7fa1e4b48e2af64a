package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whole-history scans take turns (the bounds themselves are TurnsTest's); a refusal is a 503 that says why. */
class HistoryScansTest {

    @Test
    void refusesAScanWithoutATurnAsViewsUnavailable() throws Exception {
        final HistoryScans scans = new HistoryScans(1, 0, Duration.ofMillis(100));
        final CountDownLatch scanning = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        final CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> scans.inTurn(() -> {
            scanning.countDown();
            try {
                finish.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "scanned";
        }));
        assertThat(scanning.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> scans.inTurn(() -> "second"))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessageContaining("whole history");

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("scanned");
        assertThat(scans.inTurn(() -> "third")).isEqualTo("third");
    }

    @Test
    void refusesSettingsThatWouldLetNoScanRun() {
        assertThatThrownBy(() -> new HistoryScans(0, 8, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recovery.views.history-scans.concurrent");
    }
}
