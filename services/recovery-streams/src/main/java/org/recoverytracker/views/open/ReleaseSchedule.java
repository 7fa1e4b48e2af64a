package org.recoverytracker.views.open;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.recoverytracker.views.query.StreamsAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Cuts the day's release when its time ({@code recovery.open.release-time}, 06:00 UK time by
 * default) passes while the service runs. One instance cuts it: the first of the running instances
 * by address; should two try, the release topics' transactional id fences one, and the day's
 * scheduled release is never cut twice. A time that passed while no instance ran is not caught up
 * at start: an operator cuts one on request ({@code POST /open/v1/releases}), so that a restart
 * never releases figures at a moment nobody chose.
 */
final class ReleaseSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseSchedule.class);
    private static final long CHECK_SECONDS = 30;

    private final Runnable cutScheduledRelease;
    private final BooleanSupplier isCutter;
    private final OpenSettings settings;
    private final Clock clock;
    private ScheduledExecutorService timer;
    /** The last scheduled moment already seen pass (or that was past when the service started). */
    private Instant handledUpTo;

    ReleaseSchedule(ReleaseCutter cutter, StreamsAccess streams, OpenSettings settings, Clock clock) {
        this(() -> cutter.cut(true), () -> isFirstInstance(streams), settings, clock);
    }

    /**
     * @param cutScheduledRelease cuts the day's scheduled release (nothing when it exists already)
     * @param isCutter whether this instance is the one that cuts
     */
    ReleaseSchedule(Runnable cutScheduledRelease, BooleanSupplier isCutter, OpenSettings settings, Clock clock) {
        this.cutScheduledRelease = cutScheduledRelease;
        this.isCutter = isCutter;
        this.settings = settings;
        this.clock = clock;
        this.handledUpTo = lastScheduledMoment();
    }

    @Override
    public synchronized void start() {
        handledUpTo = lastScheduledMoment();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            final Thread thread = new Thread(task, "open-release-schedule");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Cuts the release when a scheduled moment has passed since the last one handled; retried until it succeeds. */
    synchronized void check() {
        final Instant due = lastScheduledMoment();
        if (!due.isAfter(handledUpTo)) {
            return;
        }
        try {
            // Another instance stays due until it is the cutter: should the cutter be gone before it
            // cut the release, the one that takes over cuts it (and finds it cut already otherwise).
            if (isCutter.getAsBoolean()) {
                cutScheduledRelease.run();
                handledUpTo = due;
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "The scheduled release of the open views failed; retrying in {} s: {}",
                    CHECK_SECONDS,
                    e.getMessage());
        }
    }

    /** Whether this instance is the first running one by address: the one that cuts. */
    private static boolean isFirstInstance(StreamsAccess streams) {
        return streams.instances().stream()
                .map(StreamsMetadata::hostInfo)
                .min(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                .map(streams.self()::equals)
                .orElse(false);
    }

    private Instant lastScheduledMoment() {
        final ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.releaseZone()));
        final ZonedDateTime today = now.with(settings.releaseTime());
        return (today.isAfter(now) ? today.minusDays(1) : today).toInstant();
    }
}
