package org.recoverytracker.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.ServiceBusyException;

class BatchTurnsTest {

    // Its own threads: the common pool may have a single thread on a small machine, and these
    // clients block.
    private final ExecutorService clients = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void runsABatchWhenATurnIsFree() {
        final BatchTurns turns = new BatchTurns(1, Duration.ofSeconds(1));

        assertThat(turns.inTurn(() -> 3)).isEqualTo(3);
        assertThat(turns.inTurn(() -> 5)).isEqualTo(5);
    }

    @Test
    void refusesABatchWhenEveryTurnStaysTakenForTheWholeWait() throws Exception {
        final BatchTurns turns = new BatchTurns(2, Duration.ofMillis(200));
        final CountDownLatch bothRunning = new CountDownLatch(2);
        final CountDownLatch finish = new CountDownLatch(1);
        final var first =
                CompletableFuture.supplyAsync(() -> turns.inTurn(() -> holdUntil(bothRunning, finish)), clients);
        final var second =
                CompletableFuture.supplyAsync(() -> turns.inTurn(() -> holdUntil(bothRunning, finish)), clients);
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> turns.inTurn(() -> 7))
                .isInstanceOf(ServiceBusyException.class)
                .hasMessage(
                        "This instance is already taking as many batches as it may at once (2), and none finished within 200 ms. "
                                + "Nothing was accepted; retry in a moment.");

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(turns.inTurn(() -> 7)).isEqualTo(7);
    }

    @Test
    void givesAWaitingBatchTheTurnThatComesFreeWithinTheWait() throws Exception {
        final BatchTurns turns = new BatchTurns(1, Duration.ofSeconds(30));
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        final var first = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> holdUntil(running, finish)), clients);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        final var waiting = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> 2), clients);
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        finish.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void freesTheTurnOfABatchThatFailed() {
        final BatchTurns turns = new BatchTurns(1, Duration.ofMillis(100));

        assertThatIllegalStateException()
                .isThrownBy(() -> turns.inTurn(() -> {
                    throw new IllegalStateException("Kafka did not commit the batch");
                }));

        assertThat(turns.inTurn(() -> 1)).isEqualTo(1);
    }

    @Test
    void refusesASettingWithoutTurns() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BatchTurns(0, Duration.ofSeconds(1)))
                .withMessage("recovery.ingest.max-concurrent-batches must be at least 1, not 0");
    }

    private static int holdUntil(CountDownLatch running, CountDownLatch finish) {
        running.countDown();
        try {
            assertThat(finish.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return 1;
    }
}
