package org.recoverytracker.views.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.recoverytracker.reference.ReferenceData;

/**
 * Applies the changes of a place to its views: the running totals of the place × sector, the
 * totals of its week, and the week's totals of the place's region in this task. A view whose last
 * live event is gone is deleted, so that it no longer exists rather than showing zeros. One task
 * owns all the views of a place, so a place's totals across sectors are always read from one
 * consistent store.
 */
final class ViewUpdater implements Processor<String, CellDelta, Void, Void> {

    private final TopologyMetrics metrics;
    private KeyValueStore<String, SectorView> sectorTotals;
    private KeyValueStore<String, Measures> sectorWeeks;
    private KeyValueStore<String, Measures> regionWeeks;

    ViewUpdater(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.sectorTotals = context.getStateStore(ViewStores.SECTOR_TOTALS);
        this.sectorWeeks = context.getStateStore(ViewStores.SECTOR_WEEKS);
        this.regionWeeks = context.getStateStore(ViewStores.REGION_WEEKS);
        rebuildRegionWeeks();
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

        add(sectorWeeks, ViewStores.weekKey(place, delta.sector(), delta.weekStart()), delta.change());
        add(regionWeeks, ViewStores.regionWeekKey(regionOf(place), delta.weekStart()), delta.change());
        metrics.viewUpdated(delta.changedAt());
    }

    private static void add(KeyValueStore<String, Measures> weeks, String key, Measures change) {
        final Measures week = weeks.get(key);
        final Measures newWeek = (week == null ? Measures.NONE : week).plus(change);
        if (newWeek.isEmpty()) {
            weeks.delete(key);
        } else {
            weeks.put(key, newWeek);
        }
    }

    /**
     * The region weeks from this task's sector weeks, which are restored before a task's
     * processors start. Runs whenever the task starts: first start, restart, after a crash, or when
     * the task moves to this instance.
     */
    private void rebuildRegionWeeks() {
        final List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, Measures> all = regionWeeks.all()) {
            all.forEachRemaining(entry -> stale.add(entry.key));
        }
        stale.forEach(regionWeeks::delete);
        final Map<String, Measures> sums = new TreeMap<>();
        try (KeyValueIterator<String, Measures> all = sectorWeeks.all()) {
            all.forEachRemaining(entry -> {
                final String[] parts = ViewStores.parts(entry.key);
                sums.merge(ViewStores.regionWeekKey(regionOf(parts[0]), LocalDate.parse(parts[2])), entry.value, Measures::plus);
            });
        }
        final List<KeyValue<String, Measures>> entries = new ArrayList<>(sums.size());
        sums.forEach((key, measures) -> entries.add(KeyValue.pair(key, measures)));
        regionWeeks.putAll(entries);
    }

    private static String regionOf(String place) {
        // Places reach the views only after the contract's rules have checked them.
        return ReferenceData.uk().place(place).orElseThrow().region().code();
    }
}
