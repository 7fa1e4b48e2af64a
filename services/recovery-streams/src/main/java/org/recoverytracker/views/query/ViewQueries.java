package org.recoverytracker.views.query;

import java.time.LocalDate;
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

    private static final ParameterizedTypeReference<List<SectorEntry>> SECTOR_ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<PlaceWeeks> PLACE_WEEKS_OF_OWNER =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<CellProvenance> PROVENANCE_OF_OWNER =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<CellEventsPage> EVENTS_OF_OWNER =
            new ParameterizedTypeReference<>() {};

    private final StreamsAccess streams;
    private final LocalViews local;
    private final ViewGatherer gatherer;
    private final PeerClient peers;

    ViewQueries(StreamsAccess streams, LocalViews local, ViewGatherer gatherer, PeerClient peers) {
        this.streams = streams;
        this.local = local;
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
        return ViewSums.by(gatherer.sectorTotals(local::sectorTotals, SECTOR_TOTALS), SectorEntry::place);
    }

    /** The sector views of a place, in sector order; empty when it has no live events. */
    public List<SectorEntry> placeSectors(String place) {
        return onOwner(
                place,
                partition -> local.placeSectors(partition, place),
                owner -> peers.get(owner, PLACE_SECTORS.replace("{place}", place), SECTOR_ENTRIES));
    }

    /** The weeks of a place (of all sectors or of the filter's), or empty when it has no live events. */
    public Optional<List<WeekEntry>> placeWeeks(String place, WeekFilter filter) {
        final PlaceWeeks answer = onOwner(
                place,
                partition -> ownPlaceWeeks(partition, place, filter),
                owner -> peers.get(
                        owner, PLACE_WEEKS.replace("{place}", place) + filter.query(""), PLACE_WEEKS_OF_OWNER));
        return answer.live() ? Optional.of(answer.weeks()) : Optional.empty();
    }

    /** What this instance holds of a place, for a peer: refused if this instance no longer owns it. */
    public List<SectorEntry> ownPlaceSectors(String place) {
        return local.placeSectors(ownPartition(place), place);
    }

    /** The weeks of a place this instance owns, for a peer: refused if it no longer owns it. */
    public PlaceWeeks ownPlaceWeeks(String place, WeekFilter filter) {
        return ownPlaceWeeks(ownPartition(place), place, filter);
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
            EventsCursor.decode(cursor, ViewStores.cellPrefix(place, sector, weekStart));
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
        final String after = cursor == null ? null : EventsCursor.decode(cursor, prefix);
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
                CellProvenance.of(local.cellEvents(partition, place, sector, weekStart))
                        .partners(),
                more ? EventsCursor.encode(shown.get(shown.size() - 1).key) : null);
    }

    private static String cellPath(String path, String place, String sector) {
        return path.replace("{place}", place).replace("{sector}", sector);
    }

    private static String weekQuery(LocalDate weekStart) {
        return weekStart == null ? "" : "?week=" + weekStart;
    }

    /** The sector totals of a region, or of the UK when {@code region} is null, in sector order; empty when none are live. */
    public Map<String, Measures> areaSectors(String region) {
        return ViewSums.by(
                gatherer.regionSectors(
                        () -> local.regionSectors(regions(region)),
                        REGION_SECTORS + (region == null ? "" : "?region=" + region)),
                RegionSectorEntry::sector,
                RegionSectorEntry::measures);
    }

    /** The weekly series of a region, or of the UK when {@code region} is null. */
    public List<WeekEntry> areaWeeks(String region, WeekFilter filter) {
        return gatherer.weeks(
                () -> local.regionWeeks(regions(region), filter),
                WEEKS + filter.query(region == null ? "" : "region=" + region));
    }

    /** Which regions a question about {@code region} covers: that one, or every region for the UK (null). */
    public static Predicate<String> regions(String region) {
        return region == null ? anyRegion -> true : region::equals;
    }

    private PlaceWeeks ownPlaceWeeks(int partition, String place, WeekFilter filter) {
        final boolean live = local.placeSectors(partition, place).stream()
                .anyMatch(entry -> filter.sector() == null || entry.sector().equals(filter.sector()));
        return new PlaceWeeks(live, live ? local.placeWeeks(partition, place, filter) : List.of());
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
