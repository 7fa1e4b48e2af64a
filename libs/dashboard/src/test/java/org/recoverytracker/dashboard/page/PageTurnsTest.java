package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageTurnsTest {

    private final PageTurns turns = new PageTurns(1, 1, Duration.ofSeconds(5));

    private static MockHttpServletRequest page() {
        return new MockHttpServletRequest("GET", "/");
    }

    @Test
    void answersBusyAtOnceWhenEveryTurnIsTakenAndTheQueueIsFull() throws Exception {
        final MockHttpServletRequest rendering = page();
        assertThat(turns.preHandle(rendering, new MockHttpServletResponse(), new Object()))
                .isTrue();
        final Thread waiting = new Thread(() -> {
            try {
                turns.preHandle(page(), new MockHttpServletResponse(), new Object());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.start();
        Thread.sleep(50);

        final MockHttpServletResponse refused = new MockHttpServletResponse();
        final long started = System.nanoTime();
        assertThat(turns.preHandle(page(), refused, new Object())).isFalse();

        // Refused without waiting for the 5 s a waiting request may wait (a generous margin for a busy machine).
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("refused without waiting")
                .isLessThan(2_500);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        turns.afterCompletion(rendering, new MockHttpServletResponse(), new Object(), null);
        waiting.join();
    }

    @Test
    void answersBusyWhenNoTurnComesWithinTheWait() throws Exception {
        final PageTurns turns = new PageTurns(1, 1, Duration.ofMillis(100));
        assertThat(turns.preHandle(page(), new MockHttpServletResponse(), new Object()))
                .isTrue();

        final MockHttpServletResponse waited = new MockHttpServletResponse();
        assertThat(turns.preHandle(page(), waited, new Object())).isFalse();

        assertThat(waited.getStatus()).isEqualTo(503);
    }

    @Test
    void givesTheTurnBackWhenARequestCompletes() throws Exception {
        final MockHttpServletRequest first = page();
        turns.preHandle(first, new MockHttpServletResponse(), new Object());
        turns.afterCompletion(first, new MockHttpServletResponse(), new Object(), null);

        assertThat(turns.preHandle(page(), new MockHttpServletResponse(), new Object()))
                .isTrue();
    }
}
