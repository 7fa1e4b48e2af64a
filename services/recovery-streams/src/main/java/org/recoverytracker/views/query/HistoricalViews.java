package org.recoverytracker.views.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.topology.Measures;
import org.recoverytracker.views.topology.Revision;
import org.recoverytracker.views.topology.ViewStores;
import org.springframework.stereotype.Component;

/**
 * The views this instance holds as they stood at an instant, from the history of their changes
 * ({@link ViewStores#VIEW_HISTORY}). A week view at {@code t} is the sum of the changes made to it
 * at or before {@code t}, each change being its {@code after} less its {@code before}. Sums, not
 * the last {@code after}: changes of one view come from several partitions of the event topics
 * and may reach the views in another order than their times, and a sum does not depend on the
 * order. The same answers as {@link LocalViews}, in the same shapes, so that every question can be
 * asked "as of".
 */
@Component
public class HistoricalViews {

    private static final ReferenceData UK = ReferenceData.uk();

    private final StreamsAccess streams;
    private final HistoryScans scans;

    HistoricalViews(StreamsAccess streams, HistoryScans scans) {
        this.streams = streams;
        this.scans = scans;
    }

    /** A week view at an instant, and when it last changed up to then. */
    private record Cell(String place, String sector, LocalDate weekStart, Measures measures, long lastChanged) {}

    public List<SectorEntry> placeSectors(int partition, String place, Instant asOf) {
        return sectorEntries(cellsOfPlace(partition, place, asOf));
    }

    public List<WeekEntry> placeWeeks(int partition, String place, WeekFilter filter, Instant asOf) {
        return weekEntries(cellsOfPlace(partition, place, asOf), filter);
    }

    /** Every week view of a place at an instant, from the partition that holds it (none from another). */
    public List<WeekCell> placeWeekCells(int partition, String place, Instant asOf) {
        return cellsOfPlace(partition, place, asOf).stream()
                .map(cell -> new WeekCell(cell.place(), cell.sector(), cell.weekStart(), cell.measures()))
                .toList();
    }

    public Partial<SectorEntry> sectorTotals(Instant asOf) {
        final Partial<Cell> cells = localCells(asOf);
        return new Partial<>(cells.partitions(), sectorEntries(cells.entries()));
    }

    public Partial<RegionSectorEntry> regionSectors(Predicate<String> regions, Instant asOf) {
        final Partial<Cell> cells = localCells(asOf);
        final Map<String, Measures> bySector = new TreeMap<>();
        for (Cell cell : cells.entries()) {
            final String region = regionOf(cell.place());
            if (regions.test(region)) {
                bySector.merge(ViewStores.regionSectorKey(region, cell.sector()), cell.measures(), Measures::plus);
            }
        }
        final List<RegionSectorEntry> entries = new ArrayList<>();
        bySector.forEach((key, measures) -> {
            final String[] parts = ViewStores.parts(key);
            entries.add(new RegionSectorEntry(parts[0], parts[1], measures));
        });
        return new Partial<>(cells.partitions(), entries);
    }

    public Partial<WeekEntry> regionWeeks(Predicate<String> regions, WeekFilter filter, Instant asOf) {
        final Partial<Cell> cells = localCells(asOf);
        return new Partial<>(
                cells.partitions(),
                weekEntries(
                        cells.entries().stream()
                                .filter(cell -> regions.test(regionOf(cell.place())))
                                .toList(),
                        filter));
    }

    /** Up to {@code limit} of the revisions of one place that pass the filter, newest first. */
    public List<RevisionEntry> placeRevisions(int partition, String place, RevisionFilter filter, int limit) {
        final ReadOnlyKeyValueStore<String, Revision> history = streams.store(ViewStores.VIEW_HISTORY, partition);
        final long until =
                filter.until() == null ? Long.MAX_VALUE - 1 : filter.until().toEpochMilli();
        final List<RevisionEntry> revisions = new ArrayList<>();
        try (KeyValueIterator<String, Revision> newestFirst =
                history.reverseRange(ViewStores.placePrefix(place), ViewStores.historyEnd(place, until))) {
            while (newestFirst.hasNext() && revisions.size() < limit) {
                final KeyValue<String, Revision> change = newestFirst.next();
                if (filter.isPast(change.value.changedAt())) {
                    break;
                }
                final RevisionEntry entry = new RevisionEntry(change.key, change.value);
                if (change.value.cause() != null && filter.includes(entry)) {
                    revisions.add(entry);
                }
            }
        }
        return revisions;
    }

    /**
     * Up to {@code limit} of the revisions of every place this instance holds that pass the filter,
     * newest first: every change is read, as the history is kept by place, not by time.
     */
    public Partial<RevisionEntry> revisions(RevisionFilter filter, int limit) {
        return scans.inTurn(() -> newestRevisions(filter, limit));
    }

    private Partial<RevisionEntry> newestRevisions(RevisionFilter filter, int limit) {
        final Set<Integer> partitions = streams.localPartitions();
        final PriorityQueue<RevisionEntry> newest = new PriorityQueue<>(RevisionEntry.NEWEST_FIRST.reversed());
        for (int partition : partitions) {
            final ReadOnlyKeyValueStore<String, Revision> history = streams.store(ViewStores.VIEW_HISTORY, partition);
            try (KeyValueIterator<String, Revision> all = history.all()) {
                all.forEachRemaining(change -> {
                    final RevisionEntry entry = new RevisionEntry(change.key, change.value);
                    if (change.value.cause() != null && filter.includes(entry)) {
                        newest.add(entry);
                        if (newest.size() > limit) {
                            newest.poll();
                        }
                    }
                });
            }
        }
        final List<RevisionEntry> entries = new ArrayList<>(newest);
        entries.sort(RevisionEntry.NEWEST_FIRST);
        return new Partial<>(List.copyOf(partitions), entries);
    }

    /** The week views of one place at an instant: only its changes up to then are read. */
    private List<Cell> cellsOfPlace(int partition, String place, Instant at) {
        final long asOf = BeforeRetainedHistoryException.epochMillisOf(at);
        requireRetained(partition, asOf);
        final ReadOnlyKeyValueStore<String, Revision> history = streams.store(ViewStores.VIEW_HISTORY, partition);
        try (KeyValueIterator<String, Revision> changes =
                history.range(ViewStores.placePrefix(place), ViewStores.historyEnd(place, asOf))) {
            return fold(changes, asOf);
        }
    }

    /** Every week view of every partition this instance serves, at an instant. */
    private Partial<Cell> localCells(Instant asOf) {
        final long millis = BeforeRetainedHistoryException.epochMillisOf(asOf);
        return scans.inTurn(() -> everyCell(millis));
    }

    private Partial<Cell> everyCell(long asOf) {
        final Set<Integer> partitions = streams.localPartitions();
        partitions.forEach(partition -> requireRetained(partition, asOf));
        final List<Cell> cells = new ArrayList<>();
        for (int partition : partitions) {
            final ReadOnlyKeyValueStore<String, Revision> history = streams.store(ViewStores.VIEW_HISTORY, partition);
            try (KeyValueIterator<String, Revision> changes = history.all()) {
                cells.addAll(fold(changes, asOf));
            }
        }
        return new Partial<>(List.copyOf(partitions), cells);
    }

    /**
     * Refuses an instant before the partition's history begins ({@link ViewStores#RETAINED_HISTORY});
     * a task that has not written its start yet (it has just started) is taken as complete.
     */
    private void requireRetained(int partition, long asOf) {
        final Long since =
                streams.<Long>store(ViewStores.RETAINED_HISTORY, partition).get(ViewStores.RETAINED_SINCE);
        if (since != null && asOf < since) {
            throw new BeforeRetainedHistoryException(asOf, since);
        }
    }

    private static List<Cell> fold(KeyValueIterator<String, Revision> changes, long asOf) {
        final Map<String, Cell> cells = new TreeMap<>();
        changes.forEachRemaining(entry -> {
            final Revision change = entry.value;
            final long changedAt = change.changedAt().toEpochMilli();
            if (changedAt > asOf) {
                return;
            }
            final Measures delta = orNone(change.after()).minus(orNone(change.before()));
            cells.merge(
                    ViewStores.weekKey(change.place(), change.sector(), change.weekStart()),
                    new Cell(change.place(), change.sector(), change.weekStart(), delta, changedAt),
                    (sum, more) -> new Cell(
                            sum.place(),
                            sum.sector(),
                            sum.weekStart(),
                            sum.measures().plus(more.measures()),
                            Math.max(sum.lastChanged(), more.lastChanged())));
        });
        return cells.values().stream()
                .filter(cell -> !cell.measures().isEmpty())
                .toList();
    }

    private static List<SectorEntry> sectorEntries(List<Cell> cells) {
        final Map<String, SectorEntry> bySector = new TreeMap<>();
        for (Cell cell : cells) {
            bySector.merge(
                    ViewStores.sectorKey(cell.place(), cell.sector()),
                    new SectorEntry(cell.place(), cell.sector(), cell.measures(), cell.lastChanged()),
                    (sum, more) -> new SectorEntry(
                            sum.place(),
                            sum.sector(),
                            sum.measures().plus(more.measures()),
                            Math.max(sum.lastUpdated(), more.lastUpdated())));
        }
        return List.copyOf(bySector.values());
    }

    private static List<WeekEntry> weekEntries(List<Cell> cells, WeekFilter filter) {
        final List<WeekEntry> weeks = new ArrayList<>();
        for (Cell cell : cells) {
            if (filter.includes(cell.sector(), cell.weekStart())) {
                weeks.add(new WeekEntry(cell.weekStart(), cell.measures()));
            }
        }
        return ViewSums.byWeek(weeks);
    }

    private static Measures orNone(Measures measures) {
        return measures == null ? Measures.NONE : measures;
    }

    private static String regionOf(String place) {
        return UK.place(place).orElseThrow().region().code();
    }
}
