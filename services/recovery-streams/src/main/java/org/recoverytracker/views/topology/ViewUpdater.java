package org.recoverytracker.views.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.recoverytracker.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Applies the changes of a place to its views, and logs each change of a week view to the revision
 * log: the running totals of the place × sector and of its week, the list of events behind the
 * week, and the same changes to this task's partial sums of the place's region (by sector and by
 * week). A view whose last live event is gone is deleted, so that it no longer exists rather than
 * showing zeros; a week keeps the time of its removal, without measures, while its sector lives
 * on. One task owns all the views of a place, so a place's totals across sectors are always read
 * from one consistent store.
 *
 * <p>Only the week views, the events behind them and the history have changelogs: the sector totals
 * and the region sums are derived from the week views when the task starts.
 */
final class ViewUpdater implements Processor<String, CellDelta, String, Revision> {

    /** How soon after a new task starts its history's start is written, if no record comes first. */
    private static final Duration RETAINED_HISTORY_WRITE = Duration.ofMillis(100);

    private static final Logger LOG = LoggerFactory.getLogger(ViewUpdater.class);
    /** A task start whose derived views take this long is logged at INFO, faster ones at DEBUG. */
    private static final long SLOW_REBUILD_MILLIS = 1000;

    private final TopologyMetrics metrics;
    private ProcessorContext<String, Revision> context;
    private InMemoryObjectStore<SectorView> sectorTotals;
    private KeyValueStore<String, SectorView> legacyTotals;
    private KeyValueStore<String, WeekView> sectorWeeks;
    private KeyValueStore<String, Contribution> cellEvents;
    private KeyValueStore<String, Revision> history;
    private InMemoryObjectStore<Measures> regionSectors;
    private InMemoryObjectStore<Measures> regionWeeks;
    private RetainedHistory retainedHistory;
    private Cancellable retainedHistoryWrite;

    ViewUpdater(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Revision> context) {
        this.context = context;
        this.sectorTotals = context.getStateStore(ViewStores.SECTOR_TOTALS);
        this.legacyTotals = context.getStateStore(ViewStores.LEGACY_SECTOR_TOTALS);
        this.sectorWeeks = context.getStateStore(ViewStores.SECTOR_WEEKS);
        this.cellEvents = context.getStateStore(ViewStores.CELL_EVENTS);
        this.history = context.getStateStore(ViewStores.VIEW_HISTORY);
        this.regionSectors = context.getStateStore(ViewStores.REGION_SECTORS);
        this.regionWeeks = context.getStateStore(ViewStores.REGION_WEEKS);
        // The week views are restored before a task's processors start; the sector totals and the
        // region sums are derived from them here whenever the task starts: first start, restart,
        // after a crash, or when the task moves to this instance.
        final long rebuildStarted = System.nanoTime();
        final int weeksRead = DerivedViews.rebuild(sectorWeeks, legacyTotals, sectorTotals, regionSectors, regionWeeks);
        final long rebuildMillis = (System.nanoTime() - rebuildStarted) / 1_000_000;
        // What a task start costs, where it is worth an operator's look (a rebalance of large views).
        LOG.atLevel(rebuildMillis >= SLOW_REBUILD_MILLIS ? Level.INFO : Level.DEBUG)
                .log(
                        "Task {} derived its sector totals and region sums from {} week views in {} ms",
                        context.taskId(),
                        weeksRead,
                        rebuildMillis);
        // The time the task starts, from the system's clock: the task's own (the time of the record or
        // punctuation being processed) is not set before the first of them.
        retainedHistory = RetainedHistory.open(
                context.getStateStore(ViewStores.RETAINED_HISTORY), history, sectorWeeks, System.currentTimeMillis());
        if (!retainedHistory.isWritten()) {
            // A new task's history must say where it starts before any as-of question reaches it,
            // even if no record comes: stores can be written only while something is processed.
            retainedHistoryWrite = context.schedule(
                    RETAINED_HISTORY_WRITE, PunctuationType.WALL_CLOCK_TIME, this::writeRetainedHistory);
        }
    }

    private void writeRetainedHistory(long now) {
        retainedHistory.writeIfNew();
        retainedHistoryWrite.cancel();
    }

    @Override
    public void process(Record<String, CellDelta> record) {
        final String place = record.key();
        final CellDelta delta = record.value();

        final String sectorKey = ViewStores.sectorKey(place, delta.sector());
        final SectorView newTotals = sectorTotals.update(sectorKey, totals -> {
            final SectorView applied = (totals == null ? SectorView.NONE : totals).apply(delta);
            return applied.measures().isEmpty() ? null : applied;
        });
        final boolean sectorGone = newTotals == null;

        final String weekKey = ViewStores.weekKey(place, delta.sector(), delta.weekStart());
        final WeekView week = sectorWeeks.get(weekKey);
        final WeekView newWeek = (week == null ? WeekView.NONE : week).apply(delta.change(), delta.changedAt());
        if (sectorGone) {
            // Every week of the sector is gone: none needs to keep the sector's last change now.
            deleteWeeks(place, delta.sector());
        } else {
            // A week that is gone stays, without measures, for the time of this change.
            sectorWeeks.put(weekKey, newWeek);
        }
        final Measures weekBefore = week == null || week.isGone() ? null : week.measures();
        final Measures weekAfter = newWeek.isGone() ? null : newWeek.measures();
        if (delta.event() != null) {
            final String eventKey = ViewStores.cellEventKey(place, delta.sector(), delta.weekStart(), delta.event());
            if (delta.counted() == null) {
                cellEvents.delete(eventKey);
            } else {
                cellEvents.put(eventKey, delta.counted());
            }
        }
        final String region = regionOf(place);
        add(regionSectors, ViewStores.regionSectorKey(region, delta.sector()), delta.change());
        add(regionWeeks, ViewStores.regionWeekKey(region, delta.weekStart()), delta.change());
        retainedHistory.changed(delta.changedAt());
        metrics.viewUpdated(delta.changedAt());
        final Revision revision = new Revision(
                Instant.ofEpochMilli(delta.changedAt()),
                place,
                delta.sector(),
                delta.weekStart(),
                weekBefore,
                weekAfter,
                delta.cause(),
                delta.event() == null ? null : Revision.Event.of(delta.event()));
        history.put(
                ViewStores.historyKey(
                        place,
                        delta.changedAt(),
                        context.recordMetadata().map(RecordMetadata::offset).orElse(0L)),
                revision);
        if (delta.cause() != null) {
            // Logged in the same transaction as the change, so the log has every change once.
            context.forward(record.withValue(revision));
        }
    }

    /** Adds a change to a sum; a sum that no longer counts any event is deleted. */
    private static void add(InMemoryObjectStore<Measures> sums, String key, Measures change) {
        sums.update(key, sum -> {
            final Measures newSum = (sum == null ? Measures.NONE : sum).plus(change);
            return newSum.isEmpty() ? null : newSum;
        });
    }

    private void deleteWeeks(String place, String sector) {
        final List<String> weeks = new ArrayList<>();
        try (KeyValueIterator<String, WeekView> ofSector = sectorWeeks.prefixScan(
                ViewStores.cellPrefix(place, sector, null), Serdes.String().serializer())) {
            ofSector.forEachRemaining(entry -> weeks.add(entry.key));
        }
        weeks.forEach(sectorWeeks::delete);
    }

    static String regionOf(String place) {
        // Places reach the views only after the contract's rules have checked them.
        return ReferenceData.uk().place(place).orElseThrow().region().code();
    }
}
