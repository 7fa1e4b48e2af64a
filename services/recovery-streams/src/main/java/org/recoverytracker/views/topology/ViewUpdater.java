package org.recoverytracker.views.topology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.recoverytracker.reference.ReferenceData;

/**
 * Applies the changes of a place to its views, and logs each change of a week view to the revision
 * log: the running totals of the place × sector and of
 * its week, the list of events behind the week, and the same changes to this task's partial sums
 * of the place's region (by sector and by week). A view whose last live event is gone is deleted, so that it no longer exists rather
 * than showing zeros. One task owns all the views of a place, so a place's totals across sectors
 * are always read from one consistent store.
 */
final class ViewUpdater implements Processor<String, CellDelta, String, Revision> {

    private final TopologyMetrics metrics;
    private ProcessorContext<String, Revision> context;
    private KeyValueStore<String, SectorView> sectorTotals;
    private KeyValueStore<String, Measures> sectorWeeks;
    private KeyValueStore<String, Contribution> cellEvents;
    private KeyValueStore<String, Revision> history;
    private KeyValueStore<String, Measures> regionSectors;
    private KeyValueStore<String, Measures> regionWeeks;

    ViewUpdater(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Revision> context) {
        this.context = context;
        this.sectorTotals = context.getStateStore(ViewStores.SECTOR_TOTALS);
        this.sectorWeeks = context.getStateStore(ViewStores.SECTOR_WEEKS);
        this.cellEvents = context.getStateStore(ViewStores.CELL_EVENTS);
        this.history = context.getStateStore(ViewStores.VIEW_HISTORY);
        this.regionSectors = context.getStateStore(ViewStores.REGION_SECTORS);
        this.regionWeeks = context.getStateStore(ViewStores.REGION_WEEKS);
        // The place views are restored before a task's processors start; the region sums are
        // derived from them here whenever the task starts: first start, restart, after a crash,
        // or when the task moves to this instance.
        rebuild(
                regionSectors,
                sectorTotals,
                SectorView::measures,
                parts -> ViewStores.regionSectorKey(regionOf(parts[0]), parts[1]));
        rebuild(
                regionWeeks,
                sectorWeeks,
                Function.identity(),
                parts -> ViewStores.regionWeekKey(regionOf(parts[0]), LocalDate.parse(parts[2])));
    }

    @Override
    public void process(Record<String, CellDelta> record) {
        final String place = record.key();
        final CellDelta delta = record.value();

        final String sectorKey = ViewStores.sectorKey(place, delta.sector());
        final SectorView totals = sectorTotals.get(sectorKey);
        final SectorView newTotals = (totals == null ? new SectorView(Measures.NONE, 0) : totals).apply(delta);
        if (newTotals.measures().isEmpty()) {
            sectorTotals.delete(sectorKey);
        } else {
            sectorTotals.put(sectorKey, newTotals);
        }

        final String weekKey = ViewStores.weekKey(place, delta.sector(), delta.weekStart());
        final Measures weekBefore = sectorWeeks.get(weekKey);
        final Measures weekAfter = add(sectorWeeks, weekKey, delta.change());
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

    /** Adds a change to a sum and returns the new sum, or null when it no longer counts any event (and is deleted). */
    private static Measures add(KeyValueStore<String, Measures> sums, String key, Measures change) {
        final Measures sum = sums.get(key);
        final Measures newSum = (sum == null ? Measures.NONE : sum).plus(change);
        if (newSum.isEmpty()) {
            sums.delete(key);
            return null;
        }
        sums.put(key, newSum);
        return newSum;
    }

    /** Replaces the sums with those of the source's entries, each added under the key derived from its key's parts. */
    private static <V> void rebuild(
            KeyValueStore<String, Measures> sums,
            KeyValueStore<String, V> source,
            Function<V, Measures> measuresOf,
            Function<String[], String> sumKey) {
        final List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, Measures> all = sums.all()) {
            all.forEachRemaining(entry -> stale.add(entry.key));
        }
        stale.forEach(sums::delete);
        final Map<String, Measures> rebuilt = new TreeMap<>();
        try (KeyValueIterator<String, V> all = source.all()) {
            all.forEachRemaining(entry -> rebuilt.merge(
                    sumKey.apply(ViewStores.parts(entry.key)), measuresOf.apply(entry.value), Measures::plus));
        }
        final List<KeyValue<String, Measures>> entries = new ArrayList<>(rebuilt.size());
        rebuilt.forEach((key, measures) -> entries.add(KeyValue.pair(key, measures)));
        sums.putAll(entries);
    }

    private static String regionOf(String place) {
        // Places reach the views only after the contract's rules have checked them.
        return ReferenceData.uk().place(place).orElseThrow().region().code();
    }
}
