package org.recoverytracker.views.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When the daily release is cut: as its time passes while the service runs, once, by one instance. */
class ReleaseScheduleTest {

    private static final OpenSettings SIX_AM_UK =
            new OpenSettings(LocalTime.of(6, 0), ZoneId.of("Europe/London"), true, 400, 2_000_000);

    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicBoolean cutter = new AtomicBoolean(true);
    private final AtomicBoolean failing = new AtomicBoolean();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-07-01T04:58:00Z"));

    private final ReleaseSchedule schedule = new ReleaseSchedule(
            () -> {
                if (failing.get()) {
                    throw new IllegalStateException("the views are rebalancing");
                }
                cuts.incrementAndGet();
            },
            cutter::get,
            SIX_AM_UK,
            clock);

    @Test
    void cutsOnceWhenSixInTheMorningUkTimePassesAndAgainTheNextDay() {
        // 05:58 British Summer Time
        schedule.check();
        assertThat(cuts).hasValue(0);
        clock.advance(Duration.ofMinutes(3));
        schedule.check();
        schedule.check();
        assertThat(cuts).hasValue(1);
        clock.advance(Duration.ofHours(23));
        schedule.check();
        assertThat(cuts).hasValue(1);
        clock.advance(Duration.ofHours(1));
        schedule.check();
        assertThat(cuts).hasValue(2);
    }

    @Test
    void aTimeThatPassedBeforeTheServiceStartedIsNotCaughtUp() {
        final MovingClock late = new MovingClock(Instant.parse("2026-07-01T09:00:00Z"));
        final ReleaseSchedule started = new ReleaseSchedule(cuts::incrementAndGet, () -> true, SIX_AM_UK, late);
        started.check();
        late.advance(Duration.ofHours(2));
        started.check();
        assertThat(cuts).hasValue(0);
    }

    @Test
    void retriesAFailedCutUntilItSucceeds() {
        failing.set(true);
        clock.advance(Duration.ofMinutes(5));
        schedule.check();
        assertThat(cuts).hasValue(0);
        failing.set(false);
        clock.advance(Duration.ofSeconds(30));
        schedule.check();
        assertThat(cuts).hasValue(1);
    }

    @Test
    void onlyTheCuttingInstanceCutsAndAnotherTakesOverWhenItIsGone() {
        cutter.set(false);
        clock.advance(Duration.ofMinutes(5));
        schedule.check();
        schedule.check();
        assertThat(cuts).hasValue(0);
        // The first instance has gone: this one is the cutter now, and cuts (or finds it cut) once
        cutter.set(true);
        schedule.check();
        schedule.check();
        assertThat(cuts).hasValue(1);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            final MovingClock moving = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return moving.withZone(other);
                }

                @Override
                public Instant instant() {
                    return moving.now;
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
