package org.recoverytracker.views.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final ThreadFailurePolicy policy = new ThreadFailurePolicy(3, Duration.ofMinutes(10), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private StreamThreadExceptionResponse failAfter(Duration pause) {
        now = now.plus(pause);
        return policy.handle(new IllegalStateException("boom"));
    }

    @Test
    void replacesAFailedThreadAFewTimesThenStopInsteadOfLooping() {
        assertThat(failAfter(Duration.ZERO)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(failAfter(Duration.ofSeconds(5))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(failAfter(Duration.ofSeconds(5))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);

        assertThat(failAfter(Duration.ofSeconds(5))).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        failAfter(Duration.ZERO);
        failAfter(Duration.ofMinutes(1));
        failAfter(Duration.ofMinutes(1));

        assertThat(failAfter(Duration.ofMinutes(9))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
}
