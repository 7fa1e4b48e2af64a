package org.recoverytracker.views.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.HostInfo;
import org.recoverytracker.views.topology.Contribution;
import org.recoverytracker.views.topology.Measures;
import org.recoverytracker.views.topology.ViewStores;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Every question the views answer, in one place: the Views API's controllers and the dashboard
 * page (in process) both ask here, so that a figure is worked out one way only. A place is read
 * on the instance that owns it — from the local store when that is this instance, otherwise from
 * the owner's share over {@link PeerClient}; views that span places are gathered from every
 * instance by {@link ViewGatherer}. Anything that can't be answered right now throws
 * {@link ViewsUnavailableException}.
 */
@Component
public class ViewQueries {

    /** What an instance holds of views that span places, for its peers only. */
    public static final String SECTOR_TOTALS = "/internal/v1/sector-totals";

    public static final String WEEKS = "/internal/v1/weeks";
    public static final String REGION_SECTORS = "/internal/v1/region-sectors";
    /** A place's sector views and weeks, asked of the instance that owns the place. */
    public static final String PLACE_SECTORS = "/internal/v1/places/{place}/sectors";

    public static final String PLACE_WEEKS = "/internal/v1/places/{place}/weeks";

    /** The provenance of a place × sector's figure (or its week's), asked of the owner. */
    public static final String CELL_PROVENANCE = "/internal/v1/places/{place}/sectors/{sector}/provenance";

    /** A page of the events behind a place × sector's figure (or its week's), asked of the owner. */
    public static final String CELL_EVENTS = "/internal/v1/places/{place}/sectors/{sector}/events";

    /** What an instance holds of the revisions of every place, for its peers only. */
    /** Where a peer serves what each organisation adds to each of its week views. */
    public static final String ORGANISATION_CELLS = "/internal/v1/organisation-cells";

    public static final String REVISIONS = "/internal/v1/revisions";

    /** The revisions of a place, asked of the instance that owns the place. */
    public static final String PLACE_REVISIONS = "/internal/v1/places/{place}/revisions";

    private static final ParameterizedTypeReference<List<SectorEntry>> SECTOR_ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Partial<OrganisationCell>> ORGANISATION_CELL_ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<PlaceWeeks> PLACE_WEEKS_OF_OWNER =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<CellProvenance> PROVENANCE_OF_OWNER =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<CellEventsPage> EVENTS_OF_OWNER =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<RevisionEntry>> REVISIONS_OF_OWNER =
            new ParameterizedTypeReference<>() {};

    private final StreamsAccess streams;
    private final LocalViews local;
    private final HistoricalViews history;
    private final ViewGatherer gatherer;
    private final PeerClient peers;

    ViewQueries(
            StreamsAccess streams, LocalViews local, HistoricalViews history, ViewGatherer gatherer, PeerClient peers) {
        this.streams = streams;
        this.local = local;
        this.history = history;
        this.gatherer = gatherer;
        this.peers = peers;
    }

    /**
     * The weeks of a place as its owner answers them.
     *
     * @param live whether the place (or the filter's sector of it) has live events at all: a
     *             place with events, but none in the chosen weeks, has an empty series instead
     */
    public record PlaceWeeks(boolean live, List<WeekEntry> weeks) {}

    /** Every place with live events and its totals, in code order. */
    public Map<String, Measures> places() {
        return places(null);
    }

    /** Every place with live events at an instant (now when null) and its totals, in code order. */
    public Map<String, Measures> places(Instant asOf) {
        return ViewSums.by(
                gatherer.sectorTotals(
                        () -> asOf == null ? local.sectorTotals() : history.sectorTotals(asOf),
                        withAsOf(SECTOR_TOTALS, asOf)),
                SectorEntry::place);
    }

    /** The sector views of a place, in sector order; empty when it has no live events. */
    public List<SectorEntry> placeSectors(String place) {
        return placeSectors(place, null);
    }

    /** The sector views of a place at an instant (now when null); empty when it had no live events. */
    public List<SectorEntry> placeSectors(String place, Instant asOf) {
        return onOwner(
                place,
                partition -> ownPlaceSectors(partition, place, asOf),
                owner -> peers.get(owner, withAsOf(PLACE_SECTORS.replace("{place}", place), asOf), SECTOR_ENTRIES));
    }

    /** The weeks of a place (of all sectors or of the filter's), or empty when it has no live events. */
    public Optional<List<WeekEntry>> placeWeeks(String place, WeekFilter filter) {
        return placeWeeks(place, filter, null);
    }

    /** The weeks of a place at an instant (now when null), or empty when it had no live events. */
    public Optional<List<WeekEntry>> placeWeeks(String place, WeekFilter filter, Instant asOf) {
        final PlaceWeeks answer = onOwner(
                place,
                partition -> ownPlaceWeeks(partition, place, filter, asOf),
                owner -> peers.get(
                        owner,
                        withAsOf(PLACE_WEEKS.replace("{place}", place) + filter.query(""), asOf),
                        PLACE_WEEKS_OF_OWNER));
        return answer.live() ? Optional.of(answer.weeks()) : Optional.empty();
    }

    /** What this instance holds of a place, for a peer: refused if this instance no longer owns it. */
    public List<SectorEntry> ownPlaceSectors(String place, Instant asOf) {
        return ownPlaceSectors(ownPartition(place), place, asOf);
    }

    /** The weeks of a place this instance owns, for a peer: refused if it no longer owns it. */
    public PlaceWeeks ownPlaceWeeks(String place, WeekFilter filter, Instant asOf) {
        return ownPlaceWeeks(ownPartition(place), place, filter, asOf);
    }

    /** Where the figure of a place × sector (or of one week of it, when {@code weekStart} is not null) comes from. */
    public CellProvenance provenance(String place, String sector, LocalDate weekStart) {
        return onOwner(
                place,
                partition -> CellProvenance.of(local.cellEvents(partition, place, sector, weekStart)),
                owner -> peers.get(
                        owner, cellPath(CELL_PROVENANCE, place, sector) + weekQuery(weekStart), PROVENANCE_OF_OWNER));
    }

    /** The provenance of a figure of a place this instance owns, for a peer: refused if it no longer owns it. */
    public CellProvenance ownProvenance(String place, String sector, LocalDate weekStart) {
        return CellProvenance.of(local.cellEvents(ownPartition(place), place, sector, weekStart));
    }

    /**
     * A page of the events behind the figure of a place × sector (or of one week of it).
     *
     * @param partner only this partner's events, or every partner's when null
     * @param cursor where the page starts: a previous page's next cursor, or null for the first
     */
    public CellEventsPage cellEvents(
            String place, String sector, LocalDate weekStart, String partner, String cursor, int limit) {
        if (cursor != null) {
            // Checked here, so that a bad cursor is the caller's 400 wherever the place is held.
            Cursor.decode(cursor, ViewStores.cellPrefix(place, sector, weekStart));
        }
        return onOwner(
                place,
                partition -> cellEvents(partition, place, sector, weekStart, partner, cursor, limit),
                owner -> peers.get(
                        owner,
                        cellPath(CELL_EVENTS, place, sector)
                                + weekQuery(weekStart)
                                + (weekStart == null ? "?" : "&") + "limit=" + limit
                                + (partner == null ? "" : "&partner=" + partner)
                                + (cursor == null ? "" : "&cursor=" + cursor),
                        EVENTS_OF_OWNER));
    }

    /** A page of the events behind a figure of a place this instance owns, for a peer: refused if it no longer owns it. */
    public CellEventsPage ownCellEvents(
            String place, String sector, LocalDate weekStart, String partner, String cursor, int limit) {
        return cellEvents(ownPartition(place), place, sector, weekStart, partner, cursor, limit);
    }

    private CellEventsPage cellEvents(
            int partition, String place, String sector, LocalDate weekStart, String partner, String cursor, int limit) {
        final String prefix = ViewStores.cellPrefix(place, sector, weekStart);
        final String after = cursor == null ? null : Cursor.decode(cursor, prefix);
        final List<KeyValue<String, Contribution>> page = local.cellEvents(
                partition,
                place,
                sector,
                weekStart,
                event -> partner == null || event.provenance().event().partner().equals(partner),
                after,
                limit + 1);
        final boolean more = page.size() > limit;
        final List<KeyValue<String, Contribution>> shown = more ? page.subList(0, limit) : page;
        return new CellEventsPage(
                shown.stream().map(entry -> entry.value).toList(),
                CellProvenance.partnersOf(local.cellEvents(partition, place, sector, weekStart)),
                more ? Cursor.encode(shown.get(shown.size() - 1).key) : null);
    }

    private static String cellPath(String path, String place, String sector) {
        return path.replace("{place}", place).replace("{sector}", sector);
    }

    private static String weekQuery(LocalDate weekStart) {
        return weekStart == null ? "" : "?week=" + weekStart;
    }

    /**
     * A page of the revisions of a place (of every place when null), newest first.
     *
     * @param cursor where the page starts: a previous page's next cursor, or null for the first
     */
    public RevisionsPage revisions(
            String place, String sector, Instant since, Instant until, String cursor, int limit) {
        final RevisionFilter filter = new RevisionFilter(sector, since, until, RevisionFilter.positionOf(cursor));
        if (place != null) {
            return RevisionsPage.of(
                    onOwner(
                            place,
                            partition -> history.placeRevisions(partition, place, filter, limit + 1),
                            owner -> peers.get(
                                    owner,
                                    PLACE_REVISIONS.replace("{place}", place) + filter.query(limit + 1),
                                    REVISIONS_OF_OWNER)),
                    limit);
        }
        final List<RevisionEntry> newestFirst = new ArrayList<>(
                gatherer.revisions(() -> history.revisions(filter, limit + 1), REVISIONS + filter.query(limit + 1)));
        newestFirst.sort(RevisionEntry.NEWEST_FIRST);
        return RevisionsPage.of(newestFirst.subList(0, Math.min(newestFirst.size(), limit + 1)), limit);
    }

    /** This instance's newest revisions of every place it holds, for a peer. */
    public Partial<RevisionEntry> revisionShare(String sector, Instant since, Instant until, String cursor, int limit) {
        return history.revisions(new RevisionFilter(sector, since, until, RevisionFilter.positionOf(cursor)), limit);
    }

    /** The newest revisions of a place this instance owns, for a peer: refused if it no longer owns it. */
    public List<RevisionEntry> ownRevisions(
            String place, String sector, Instant since, Instant until, String cursor, int limit) {
        return history.placeRevisions(
                ownPartition(place),
                place,
                new RevisionFilter(sector, since, until, RevisionFilter.positionOf(cursor)),
                limit);
    }

    /**
     * The sector totals of a rollup of the reference geography — a region, or the UK when {@code region} is null — in
     * sector order; empty when none are live.
     */
    public Map<String, Measures> rollupSectors(String region) {
        return rollupSectors(region, null);
    }

    /** The sector totals of a region (the UK when null) at an instant (now when null). */
    public Map<String, Measures> rollupSectors(String region, Instant asOf) {
        return ViewSums.by(
                gatherer.regionSectors(
                        () -> regionSectorShare(region, asOf),
                        withAsOf(REGION_SECTORS + (region == null ? "" : "?region=" + region), asOf)),
                RegionSectorEntry::sector,
                RegionSectorEntry::measures);
    }

    /** The weekly series of a region, or of the UK when {@code region} is null. */
    public List<WeekEntry> rollupWeeks(String region, WeekFilter filter) {
        return rollupWeeks(region, filter, null);
    }

    /** The weekly series of a region (the UK when null) at an instant (now when null). */
    public List<WeekEntry> rollupWeeks(String region, WeekFilter filter, Instant asOf) {
        return gatherer.weeks(
                () -> weekShare(region, filter, asOf),
                withAsOf(WEEKS + filter.query(region == null ? "" : "region=" + region), asOf));
    }

    /** Every place × sector view of every instance, now. */
    public List<SectorEntry> sectorTotals() {
        return gatherer.sectorTotals(local::sectorTotals, SECTOR_TOTALS);
    }

    /**
     * What each organisation adds to each week view, now, from every instance.
     *
     * @param limit the most contributions each instance may hold (see {@link LocalViews#organisationCells})
     * @throws ViewsUnavailableException when an instance has more, or can't answer
     */
    public List<OrganisationCell> organisationCells(int limit) {
        return gatherer.shares(
                () -> local.organisationCells(limit),
                ORGANISATION_CELLS + "?limit=" + limit,
                ORGANISATION_CELL_ENTRIES);
    }

    /** This instance's share of {@link #organisationCells}, for a peer. */
    public Partial<OrganisationCell> organisationCellShare(int limit) {
        return local.organisationCells(limit);
    }

    /** This instance's share of the place × sector views at an instant (now when null), for a peer. */
    public Partial<SectorEntry> sectorTotalShare(Instant asOf) {
        return asOf == null ? local.sectorTotals() : history.sectorTotals(asOf);
    }

    /** This instance's share of a region's (the UK's when null) sector totals at an instant (now when null). */
    public Partial<RegionSectorEntry> regionSectorShare(String region, Instant asOf) {
        return asOf == null ? local.regionSectors(regions(region)) : history.regionSectors(regions(region), asOf);
    }

    /** This instance's share of a region's (the UK's when null) weekly series at an instant (now when null). */
    public Partial<WeekEntry> weekShare(String region, WeekFilter filter, Instant asOf) {
        return asOf == null
                ? local.regionWeeks(regions(region), filter)
                : history.regionWeeks(regions(region), filter, asOf);
    }

    /** A peer request's path and query with the instant added, when there is one. */
    public static String withAsOf(String pathAndQuery, Instant asOf) {
        return asOf == null ? pathAndQuery : pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "asOf=" + asOf;
    }

    /** Which regions a question about {@code region} covers: that one, or every region for the UK (null). */
    public static Predicate<String> regions(String region) {
        return region == null ? anyRegion -> true : region::equals;
    }

    private List<SectorEntry> ownPlaceSectors(int partition, String place, Instant asOf) {
        return asOf == null ? local.placeSectors(partition, place) : history.placeSectors(partition, place, asOf);
    }

    private PlaceWeeks ownPlaceWeeks(int partition, String place, WeekFilter filter, Instant asOf) {
        final boolean live = ownPlaceSectors(partition, place, asOf).stream()
                .anyMatch(entry -> filter.sector() == null || entry.sector().equals(filter.sector()));
        if (!live) {
            return new PlaceWeeks(false, List.of());
        }
        return new PlaceWeeks(
                true,
                asOf == null
                        ? local.placeWeeks(partition, place, filter)
                        : history.placeWeeks(partition, place, filter, asOf));
    }

    private <T> T onOwner(String place, IntFunction<T> here, Function<HostInfo, T> there) {
        final KeyQueryMetadata owner = streams.ownerOf(place);
        return owner.activeHost().equals(streams.self())
                ? here.apply(owner.partition())
                : there.apply(owner.activeHost());
    }

    private int ownPartition(String place) {
        final KeyQueryMetadata owner = streams.ownerOf(place);
        if (!owner.activeHost().equals(streams.self())) {
            throw new ViewsUnavailableException("This instance no longer holds " + place + ".");
        }
        return owner.partition();
    }
}
