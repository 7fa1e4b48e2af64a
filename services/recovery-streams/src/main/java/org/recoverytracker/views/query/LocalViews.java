package org.recoverytracker.views.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.recoverytracker.views.topology.Contribution;
import org.recoverytracker.views.topology.Measures;
import org.recoverytracker.views.topology.SectorView;
import org.recoverytracker.views.topology.ViewStores;
import org.recoverytracker.views.topology.WeekView;
import org.springframework.stereotype.Component;

/** Reads the views this instance holds, partition by partition. */
@Component
public class LocalViews {

    private final StreamsAccess streams;

    LocalViews(StreamsAccess streams) {
        this.streams = streams;
    }

    /** The sector views of a place, from the partition that holds it. */
    public List<SectorEntry> placeSectors(int partition, String place) {
        final ReadOnlyKeyValueStore<String, SectorView> store = streams.store(ViewStores.SECTOR_TOTALS, partition);
        final List<SectorEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, SectorView> iterator =
                store.prefixScan(ViewStores.placePrefix(place), Serdes.String().serializer())) {
            iterator.forEachRemaining(entry -> entries.add(sectorEntry(entry)));
        }
        return entries;
    }

    /** The weeks of a place, from the partition that holds it, summed over the filter's sectors. */
    public List<WeekEntry> placeWeeks(int partition, String place, WeekFilter filter) {
        return ViewSums.byWeek(placeWeekCells(partition, place).stream()
                .filter(cell -> filter.includes(cell.sector(), cell.weekStart()))
                .map(cell -> new WeekEntry(cell.weekStart(), cell.measures()))
                .toList());
    }

    /** Every week view of a place, of every sector, from the partition that holds it (none from another). */
    public List<WeekCell> placeWeekCells(int partition, String place) {
        final ReadOnlyKeyValueStore<String, WeekView> store = streams.store(ViewStores.SECTOR_WEEKS, partition);
        final List<WeekCell> cells = new ArrayList<>();
        try (KeyValueIterator<String, WeekView> ofPlace =
                store.prefixScan(ViewStores.placePrefix(place), Serdes.String().serializer())) {
            ofPlace.forEachRemaining(entry -> {
                if (!entry.value.isGone()) {
                    final String[] parts = ViewStores.parts(entry.key);
                    cells.add(new WeekCell(parts[0], parts[1], LocalDate.parse(parts[2]), entry.value.measures()));
                }
            });
        }
        return cells;
    }

    /**
     * The events behind a figure of a place, from the partition that holds it: behind one week
     * view, or behind the place × sector over every week when {@code weekStart} is null.
     */
    public List<Contribution> cellEvents(int partition, String place, String sector, LocalDate weekStart) {
        final ReadOnlyKeyValueStore<String, Contribution> store = streams.store(ViewStores.CELL_EVENTS, partition);
        final List<Contribution> events = new ArrayList<>();
        try (KeyValueIterator<String, Contribution> behind = store.prefixScan(
                ViewStores.cellPrefix(place, sector, weekStart), Serdes.String().serializer())) {
            behind.forEachRemaining(entry -> events.add(entry.value));
        }
        return events;
    }

    /**
     * Up to {@code limit} of the events behind a figure of a place (as {@link #cellEvents}) that
     * pass the filter, in key order, starting after the key {@code after} (null: from the first).
     */
    public List<KeyValue<String, Contribution>> cellEvents(
            int partition,
            String place,
            String sector,
            LocalDate weekStart,
            Predicate<Contribution> filter,
            String after,
            int limit) {
        final ReadOnlyKeyValueStore<String, Contribution> store = streams.store(ViewStores.CELL_EVENTS, partition);
        final String prefix = ViewStores.cellPrefix(place, sector, weekStart);
        final List<KeyValue<String, Contribution>> events = new ArrayList<>();
        try (KeyValueIterator<String, Contribution> behind =
                store.range(after == null ? prefix : after + Character.MIN_VALUE, ViewStores.prefixEnd(prefix))) {
            while (behind.hasNext() && events.size() < limit) {
                final KeyValue<String, Contribution> entry = behind.next();
                if (filter.test(entry.value)) {
                    events.add(entry);
                }
            }
        }
        return events;
    }

    /** Every place × sector view this instance serves. */
    public Partial<SectorEntry> sectorTotals() {
        return fromLocalPartitions(
                ViewStores.SECTOR_TOTALS,
                (KeyValue<String, SectorView> entry, List<SectorEntry> entries) -> entries.add(sectorEntry(entry)));
    }

    /**
     * Every place × sector view this instance serves, counting only its weeks that start on or after
     * {@code from}; the views with no such week are left out. One range of each view's weeks is
     * read, so it costs a seek per place × sector, not a read of every week.
     */
    public List<SectorEntry> sectorTotalsSince(LocalDate from) {
        final List<SectorEntry> entries = new ArrayList<>();
        for (int partition : streams.localPartitions()) {
            final ReadOnlyKeyValueStore<String, SectorView> totals = streams.store(ViewStores.SECTOR_TOTALS, partition);
            final ReadOnlyKeyValueStore<String, WeekView> weeks = streams.store(ViewStores.SECTOR_WEEKS, partition);
            try (KeyValueIterator<String, SectorView> views = totals.all()) {
                views.forEachRemaining(view -> {
                    final String[] parts = ViewStores.parts(view.key);
                    Measures since = Measures.NONE;
                    try (KeyValueIterator<String, WeekView> recent = weeks.range(
                            ViewStores.weekKey(parts[0], parts[1], from),
                            ViewStores.prefixEnd(ViewStores.cellPrefix(parts[0], parts[1], null)))) {
                        while (recent.hasNext()) {
                            since = since.plus(recent.next().value.measures());
                        }
                    }
                    if (!since.isEmpty()) {
                        entries.add(new SectorEntry(parts[0], parts[1], since, view.value.lastUpdated()));
                    }
                });
            }
        }
        return entries;
    }

    /**
     * Every organisation's contribution to every week view this instance serves: the live events
     * behind each cell, summed per organisation. What open figures are worked out from.
     *
     * @param limit the most contributions to hold: the caller's heap is sized for them, and a national
     *     store can hold millions, so the walk stops as soon as there are more
     * @throws TooManyOrganisationCellsException when there are more than {@code limit}
     */
    public Partial<OrganisationCell> organisationCells(int limit) {
        final Set<Integer> partitions = streams.localPartitions();
        final List<OrganisationCell> cells = new ArrayList<>();
        for (int partition : partitions) {
            final ReadOnlyKeyValueStore<String, Contribution> store = streams.store(ViewStores.CELL_EVENTS, partition);
            final Map<List<Object>, Measures> byCellAndOrganisation = new LinkedHashMap<>();
            try (KeyValueIterator<String, Contribution> events = store.all()) {
                while (events.hasNext()) {
                    final Contribution event = events.next().value;
                    byCellAndOrganisation.merge(
                            List.of(
                                    event.place(),
                                    event.sector(),
                                    event.weekStart(),
                                    Organisations.keyOf(event.provenance())),
                            event.measures(),
                            Measures::plus);
                    if (cells.size() + byCellAndOrganisation.size() > limit) {
                        throw new TooManyOrganisationCellsException(limit);
                    }
                }
            }
            byCellAndOrganisation.forEach((cell, measures) -> cells.add(new OrganisationCell(
                    (String) cell.get(0),
                    (String) cell.get(1),
                    (LocalDate) cell.get(2),
                    (String) cell.get(3),
                    measures)));
        }
        return new Partial<>(List.copyOf(partitions), cells);
    }

    /** The sector totals of the regions that pass the filter, from each local task's region sectors. */
    public Partial<RegionSectorEntry> regionSectors(Predicate<String> regions) {
        return fromLocalPartitions(
                ViewStores.REGION_SECTORS, (KeyValue<String, Measures> entry, List<RegionSectorEntry> entries) -> {
                    final String[] parts = ViewStores.parts(entry.key);
                    if (regions.test(parts[0])) {
                        entries.add(new RegionSectorEntry(parts[0], parts[1], entry.value));
                    }
                });
    }

    /**
     * The weekly series of the regions that pass the filter, summed over this instance's
     * partitions (from each task's region weeks, not its far larger sector weeks).
     */
    public Partial<WeekEntry> regionWeeks(Predicate<String> regions, WeekFilter filter) {
        final Partial<WeekEntry> weeks = fromLocalPartitions(
                ViewStores.REGION_WEEKS, (KeyValue<String, Measures> entry, List<WeekEntry> entries) -> {
                    final String[] parts = ViewStores.parts(entry.key);
                    final LocalDate weekStart = LocalDate.parse(parts[1]);
                    if (regions.test(parts[0]) && filter.includes(null, weekStart)) {
                        entries.add(new WeekEntry(weekStart, entry.value));
                    }
                });
        return new Partial<>(weeks.partitions(), ViewSums.byWeek(weeks.entries()));
    }

    /**
     * This instance's share of a view that spans places: every entry of the store in each of the
     * partitions it serves, as {@code reader} takes it (or leaves it out), and those partitions.
     */
    private <V, T> Partial<T> fromLocalPartitions(String storeName, BiConsumer<KeyValue<String, V>, List<T>> reader) {
        final Set<Integer> partitions = streams.localPartitions();
        final List<T> entries = new ArrayList<>();
        for (int partition : partitions) {
            final ReadOnlyKeyValueStore<String, V> store = streams.store(storeName, partition);
            try (KeyValueIterator<String, V> all = store.all()) {
                all.forEachRemaining(entry -> reader.accept(entry, entries));
            }
        }
        return new Partial<>(List.copyOf(partitions), entries);
    }

    private static SectorEntry sectorEntry(KeyValue<String, SectorView> entry) {
        final String[] parts = ViewStores.parts(entry.key);
        return new SectorEntry(parts[0], parts[1], entry.value.measures(), entry.value.lastUpdated());
    }
}
