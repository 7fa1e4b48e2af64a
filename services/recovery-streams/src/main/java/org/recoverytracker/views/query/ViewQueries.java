package org.recoverytracker.views.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.recoverytracker.views.topology.Measures;
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

    private static final ParameterizedTypeReference<List<SectorEntry>> SECTOR_ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<PlaceWeeks> PLACE_WEEKS_OF_OWNER =
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
