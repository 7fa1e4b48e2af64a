package org.recoverytracker.views.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.query.LocalViews;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.recoverytracker.views.topology.Measures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The contract's gauges, one per measure, with labels {@code place}, {@code sector} and
 * {@code region}: refreshed every few seconds from the place × sector views this instance serves
 * actively. A view moves with its partition, so each is exported by exactly one instance and
 * {@code sum()} across instances is right. Money is exported in pounds.
 */
@Component
public class RecoveryGauges implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryGauges.class);

    private final LocalViews local;
    private final Duration interval;
    private final List<Gauge> gauges;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "recovery-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    private record Gauge(MultiGauge gauge, ToDoubleFunction<Measures> value) {
    }

    RecoveryGauges(LocalViews local, MeterRegistry registry,
                   @Value("${recovery.streams.gauge-interval:5s}") Duration interval) {
        this.local = local;
        this.interval = interval;
        this.gauges = List.of(
                gauge(registry, "recovery.jobs.at.risk", "Jobs in proposed redundancies", Measures::jobsAtRisk),
                gauge(registry, "recovery.jobs.lost", "Jobs in confirmed redundancies", Measures::jobsLost),
                gauge(registry, "recovery.jobs.safeguarded", "Jobs safeguarded by business support", Measures::jobsSafeguarded),
                gauge(registry, "recovery.jobs.created", "Jobs created, by business support and green investment",
                        Measures::jobsCreated),
                gauge(registry, "recovery.green.jobs.created", "Green jobs created", Measures::greenJobsCreated),
                gauge(registry, "recovery.support.awarded.pounds", "Business support awarded, in pounds",
                        measures -> measures.supportAwardedPence() / 100.0),
                gauge(registry, "recovery.green.investment.pounds", "Green investment, in pounds",
                        measures -> measures.greenInvestmentPence() / 100.0),
                gauge(registry, "recovery.net.job.change", "Jobs created less jobs lost", Measures::netJobChange),
                gauge(registry, "recovery.events", "Live events", Measures::events));
    }

    private static Gauge gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Measures> value) {
        return new Gauge(MultiGauge.builder(name).description(description).register(registry), value);
    }

    void refresh() {
        final List<SectorEntry> views;
        try {
            views = local.sectorTotals(place -> true).entries();
        } catch (ViewsUnavailableException e) {
            // Keep the last values while the views move; the new owner will export them.
            return;
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the recovery gauges", e);
            return;
        }
        for (Gauge gauge : gauges) {
            gauge.gauge().register(views.stream()
                    .map(view -> MultiGauge.Row.of(tags(view), gauge.value().applyAsDouble(view.measures())))
                    .toList(), true);
        }
    }

    private static Tags tags(SectorEntry view) {
        final String region = ReferenceData.uk().place(view.place()).map(place -> place.region().code()).orElse("");
        return Tags.of("place", view.place(), "sector", view.sector(), "region", region);
    }

    @Override
    public void start() {
        running = true;
        refresher.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        refresher.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
