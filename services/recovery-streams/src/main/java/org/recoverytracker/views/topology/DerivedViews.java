package org.recoverytracker.views.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The views a task derives from its week views instead of restoring them from changelogs of their
 * own: the place × sector totals, and the partial sums of the regions by sector and by week. The
 * view updater keeps them up to date event by event; this rebuilds them, when a task starts, from
 * the week views that Kafka Streams has restored by then.
 */
final class DerivedViews {

    private DerivedViews() {}

    /**
     * Replaces the derived views with those the week views give, in one pass over the week views:
     * the sector totals are their sums, each changed last when its latest week was (a week that is
     * gone included); the region sums add up the live sectors and the weeks. A sector that has not
     * changed since its weeks began to keep their times takes its last change from the totals that
     * release kept.
     *
     * @return the week views read
     */
    static int rebuild(
            KeyValueStore<String, WeekView> weeks,
            KeyValueStore<String, SectorView> legacyTotals,
            InMemoryObjectStore<SectorView> sectorTotals,
            InMemoryObjectStore<Measures> regionSectors,
            InMemoryObjectStore<Measures> regionWeeks) {
        final Map<String, SectorView> sectors = new TreeMap<>();
        final Map<String, Measures> regionWeekSums = new TreeMap<>();
        int weeksRead = 0;
        try (KeyValueIterator<String, WeekView> all = weeks.all()) {
            while (all.hasNext()) {
                final KeyValue<String, WeekView> entry = all.next();
                weeksRead++;
                final String[] parts = ViewStores.parts(entry.key);
                final Measures measures = entry.value.measures();
                sectors.merge(
                        ViewStores.sectorKey(parts[0], parts[1]),
                        new SectorView(measures, entry.value.lastChanged()),
                        SectorView::plus);
                regionWeekSums.merge(
                        ViewStores.regionWeekKey(ViewUpdater.regionOf(parts[0]), LocalDate.parse(parts[2])),
                        measures,
                        Measures::plus);
            }
        }
        sectors.replaceAll((key, view) -> {
            final SectorView legacy = legacyTotals.get(key);
            return legacy == null ? view : view.plus(new SectorView(Measures.NONE, legacy.lastUpdated()));
        });
        final Map<String, Measures> regionSectorSums = new TreeMap<>();
        sectors.forEach((key, view) -> {
            if (!view.measures().isEmpty()) {
                final String[] parts = ViewStores.parts(key);
                regionSectorSums.merge(
                        ViewStores.regionSectorKey(ViewUpdater.regionOf(parts[0]), parts[1]),
                        view.measures(),
                        Measures::plus);
            }
        });
        replace(sectorTotals, sectors, SectorView::measures);
        replace(regionSectors, regionSectorSums, Function.identity());
        replace(regionWeeks, regionWeekSums, Function.identity());
        // Derived from committed week views, these are committed state: readers see them at once.
        sectorTotals.publishDerived();
        regionSectors.publishDerived();
        regionWeeks.publishDerived();
        return weeksRead;
    }

    /** Replaces a derived store's entries with those given, leaving out the ones that count no event. */
    private static <V> void replace(
            InMemoryObjectStore<V> store, Map<String, V> entries, Function<V, Measures> measuresOf) {
        final List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining(entry -> stale.add(entry.key));
        }
        stale.forEach(store::delete);
        entries.forEach((key, value) -> {
            if (!measuresOf.apply(value).isEmpty()) {
                store.put(key, value);
            }
        });
    }
}
