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

    static void rebuild(
            KeyValueStore<String, WeekView> weeks,
            KeyValueStore<String, SectorView> legacyTotals,
            KeyValueStore<String, SectorView> sectorTotals,
            KeyValueStore<String, Measures> regionSectors,
            KeyValueStore<String, Measures> regionWeeks) {
        rebuildSectorTotals(weeks, legacyTotals, sectorTotals);
        rebuildSums(
                regionSectors,
                sectorTotals,
                SectorView::measures,
                parts -> ViewStores.regionSectorKey(ViewUpdater.regionOf(parts[0]), parts[1]));
        rebuildSums(
                regionWeeks,
                weeks,
                WeekView::measures,
                parts -> ViewStores.regionWeekKey(ViewUpdater.regionOf(parts[0]), LocalDate.parse(parts[2])));
    }

    /**
     * Replaces the sector totals with the sums of their week views, each changed last when its
     * latest week was (a week that is gone included). A sector that has not changed since its weeks
     * began to keep their times takes its last change from the totals that release kept.
     */
    static void rebuildSectorTotals(
            KeyValueStore<String, WeekView> weeks,
            KeyValueStore<String, SectorView> legacyTotals,
            KeyValueStore<String, SectorView> sectorTotals) {
        final Map<String, SectorView> rebuilt = new TreeMap<>();
        try (KeyValueIterator<String, WeekView> all = weeks.all()) {
            all.forEachRemaining(entry -> {
                final String[] parts = ViewStores.parts(entry.key);
                rebuilt.merge(
                        ViewStores.sectorKey(parts[0], parts[1]),
                        new SectorView(entry.value.measures(), entry.value.lastChanged()),
                        SectorView::plus);
            });
        }
        rebuilt.replaceAll((key, view) -> {
            final SectorView legacy = legacyTotals.get(key);
            return legacy == null ? view : view.plus(new SectorView(Measures.NONE, legacy.lastUpdated()));
        });
        replace(sectorTotals, rebuilt, SectorView::measures);
    }

    /** Replaces the sums with those of the source's entries, each added under the key derived from its key's parts. */
    private static <V> void rebuildSums(
            KeyValueStore<String, Measures> sums,
            KeyValueStore<String, V> source,
            Function<V, Measures> measuresOf,
            Function<String[], String> sumKey) {
        final Map<String, Measures> rebuilt = new TreeMap<>();
        try (KeyValueIterator<String, V> all = source.all()) {
            all.forEachRemaining(entry -> rebuilt.merge(
                    sumKey.apply(ViewStores.parts(entry.key)), measuresOf.apply(entry.value), Measures::plus));
        }
        replace(sums, rebuilt, Function.identity());
    }

    /** Replaces a derived store's entries with those given, leaving out the ones that count no event. */
    private static <V> void replace(
            KeyValueStore<String, V> store, Map<String, V> entries, Function<V, Measures> measuresOf) {
        final List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining(entry -> stale.add(entry.key));
        }
        stale.forEach(store::delete);
        final List<KeyValue<String, V>> live = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> {
            if (!measuresOf.apply(value).isEmpty()) {
                live.add(KeyValue.pair(key, value));
            }
        });
        store.putAll(live);
    }
}
