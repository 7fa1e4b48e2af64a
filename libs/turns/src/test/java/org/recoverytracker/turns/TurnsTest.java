package org.recoverytracker.turns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bounded number hold a turn, a bounded number wait a bounded time, the rest are refused at once. */
class TurnsTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        finish.countDown();
        callers.shutdownNow();
    }

    @Test
    void refusesTheCallerBeyondThoseHoldingAndWaitingAtOnce() throws Exception {
        final Turns turns = new Turns(1, 1, Duration.ofSeconds(30));
        final CountDownLatch holding = new CountDownLatch(1);
        final CompletableFuture<Optional<String>> first = workInBackground(turns, holding);
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        final CompletableFuture<Optional<String>> waiting = workInBackground(turns, new CountDownLatch(1));
        awaitWaiting(turns);

        final long started = System.nanoTime();
        assertThat(turns.take()).isFalse();
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(5));

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("worked");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).contains("worked");
    }

    @Test
    void refusesACallerWhoseTurnDoesNotComeWithinTheWait() throws Exception {
        final Turns turns = new Turns(1, 8, Duration.ofMillis(200));
        final CountDownLatch holding = new CountDownLatch(1);
        workInBackground(turns, holding);
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(turns.inTurn(() -> "late")).isEmpty();
    }

    @Test
    void givesTheTurnBackWhenTheWorkFails() {
        final Turns turns = new Turns(1, 0, Duration.ofMillis(100));

        assertThatThrownBy(() -> turns.inTurn(() -> {
                    throw new IllegalStateException("store closed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(turns.inTurn(() -> "next")).contains("next");
    }

    @Test
    void givesTheWaitingPlaceBackWhenTheWaitRunsOut() {
        final Turns turns = new Turns(1, 1, Duration.ofMillis(50));
        assertThat(turns.take()).isTrue();

        for (int i = 0; i < 3; i++) {
            assertThat(turns.take()).as("wait %d", i).isFalse();
        }
        turns.giveBack();
        assertThat(turns.take()).isTrue();
    }

    @Test
    void refusesBoundsThatWouldLetNoOneWork() {
        assertThatThrownBy(() -> new Turns(0, 8, Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Turns(1, -1, Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
    }

    private CompletableFuture<Optional<String>> workInBackground(Turns turns, CountDownLatch holding) {
        return CompletableFuture.supplyAsync(
                () -> turns.inTurn(() -> {
                    holding.countDown();
                    try {
                        finish.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "worked";
                }),
                callers);
    }

    private static void awaitWaiting(Turns turns) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!turns.hasWaiting() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(turns.hasWaiting()).isTrue();
    }
}
