package org.recoverytracker.views.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.recoverytracker.views.api.ProvisionalWeeks;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.areas.AreaQueries;
import org.recoverytracker.views.areas.AreaSectorEntry;
import org.recoverytracker.views.query.LocalViews;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The values behind the contract's recovery gauges: the place × sector views this instance serves
 * actively, refreshed every few seconds. A view moves with its partition, so each is exported by
 * exactly one instance and {@code sum()} across instances is right. While the views move between
 * instances the last values are kept; the new owner exports them from its next refresh. Public
 * areas are exported the same way: each instance the part of an area from the member places it
 * holds, counted in the weeks each belongs ({@link AreaQueries}).
 */
@Component
public class RecoveryGauges implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryGauges.class);

    private final LocalViews local;
    private final ProvisionalWeeks provisionalWeeks;
    private final AreaDefinitions areas;
    private final AreaQueries areaQueries;
    private final Duration interval;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "recovery-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private volatile List<SectorEntry> views = List.of();
    private volatile List<SectorEntry> provisionalViews = List.of();
    private volatile List<AreaView> areaViews = List.of();
    private volatile boolean running;

    RecoveryGauges(
            LocalViews local,
            ProvisionalWeeks provisionalWeeks,
            AreaDefinitions areas,
            AreaQueries areaQueries,
            @Value("${recovery.streams.gauge-interval:5s}") Duration interval) {
        this.local = local;
        this.provisionalWeeks = provisionalWeeks;
        this.areas = areas;
        this.areaQueries = areaQueries;
        this.interval = interval;
    }

    /** The views exported at the last refresh. */
    public List<SectorEntry> views() {
        return views;
    }

    /** The views exported at the last refresh, counting only their weeks still provisional (those with any). */
    public List<SectorEntry> provisionalViews() {
        return provisionalViews;
    }

    /** The public areas' sector views at the last refresh, of the member places this instance holds. */
    List<AreaView> areaViews() {
        return areaViews;
    }

    void refresh() {
        try {
            views = List.copyOf(local.sectorTotals().entries());
            provisionalViews = List.copyOf(local.sectorTotalsSince(provisionalWeeks.earliestProvisionalStart()));
            areaViews = publicAreaViews();
        } catch (ViewsUnavailableException e) {
            LOG.debug("Views are moving; keeping the last gauge values: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the recovery gauges", e);
        }
    }

    /** Private areas are never exported: a scrape is as public as the dashboards that show it. */
    private List<AreaView> publicAreaViews() {
        final List<AreaView> shares = new ArrayList<>();
        for (AreaDefinition area : areas.visibleTo(null)) {
            for (AreaSectorEntry sector : areaQueries.sectorShare(area, null).entries()) {
                shares.add(new AreaView(area.areaId(), area.name(), sector.sector(), sector.measures()));
            }
        }
        return List.copyOf(shares);
    }

    @Override
    public void start() {
        running = true;
        refresher.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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
