package org.recoverytracker.views.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies the changes of a place to its views: the running totals of the place × sector, and the
 * totals of its week. A view whose last live event is gone is deleted, so that it no longer
 * exists rather than showing zeros. One task owns all the views of a place, so a place's totals
 * across sectors are always read from one consistent store.
 */
final class ViewUpdater implements Processor<String, CellDelta, Void, Void> {

    private final TopologyMetrics metrics;
    private KeyValueStore<String, SectorView> sectorTotals;
    private KeyValueStore<String, Measures> sectorWeeks;

    ViewUpdater(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.sectorTotals = context.getStateStore(ViewStores.SECTOR_TOTALS);
        this.sectorWeeks = context.getStateStore(ViewStores.SECTOR_WEEKS);
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
        final Measures week = sectorWeeks.get(weekKey);
        final Measures newWeek = (week == null ? Measures.NONE : week).plus(delta.change());
        if (newWeek.isEmpty()) {
            sectorWeeks.delete(weekKey);
        } else {
            sectorWeeks.put(weekKey, newWeek);
        }
        metrics.viewUpdated(delta.changedAt());
    }
}
