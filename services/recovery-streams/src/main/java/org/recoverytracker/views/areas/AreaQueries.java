package org.recoverytracker.views.areas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoverytracker.views.query.HistoricalViews;
import org.recoverytracker.views.query.LocalViews;
import org.recoverytracker.views.query.Partial;
import org.recoverytracker.views.query.StreamsAccess;
import org.recoverytracker.views.query.ViewGatherer;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewSums;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.recoverytracker.views.query.WeekCell;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.topology.Measures;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The views of an area partners defined, gathered like a region's ({@link ViewGatherer}): each
 * instance sums the week views of the members it holds, in the weeks each counts
 * ({@link AreaDefinition#counted}), and the answer is the sum of the shares, given only when they
 * cover every partition once. An area's members change from week to week, so its shares are summed
 * from the place × sector × week views, never from the regions' partial sums; its sector totals
 * come from the same week views as its weekly series, so its totals are the sum of its weeks.
 *
 * <p>Every instance holds every area ({@link AreaStore}), so a peer is asked by the area's id and
 * reads the definition from its own store: one it does not hold yet refuses (a 503) rather than
 * answering for nothing. The definition is always the current one, also as of an earlier instant:
 * the history kept is that of the place views, not of the areas.
 */
@Component
public class AreaQueries {

    /** What an instance holds of an area, for its peers only. */
    public static final String AREA_SECTORS = "/internal/v1/areas/{areaId}/sectors";

    public static final String AREA_WEEKS = "/internal/v1/areas/{areaId}/weeks";

    private static final ParameterizedTypeReference<Partial<AreaSectorEntry>> SECTOR_SHARES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Partial<WeekEntry>> WEEK_SHARES =
            new ParameterizedTypeReference<>() {};

    private final StreamsAccess streams;
    private final LocalViews local;
    private final HistoricalViews history;
    private final ViewGatherer gatherer;
    private final AreaDefinitions areas;

    AreaQueries(
            StreamsAccess streams,
            LocalViews local,
            HistoricalViews history,
            ViewGatherer gatherer,
            AreaDefinitions areas) {
        this.streams = streams;
        this.local = local;
        this.history = history;
        this.gatherer = gatherer;
        this.areas = areas;
    }

    /** The area's sector totals at an instant (now when null), in sector order; empty when none are live. */
    public Map<String, Measures> sectors(AreaDefinition area, Instant asOf) {
        return ViewSums.by(
                gatherer.shares(
                        () -> sectorShare(area, asOf),
                        ViewQueries.withAsOf(path(AREA_SECTORS, area.areaId()), asOf),
                        SECTOR_SHARES),
                AreaSectorEntry::sector,
                AreaSectorEntry::measures);
    }

    /** The area's weekly series at an instant (now when null), ascending, weeks with live events only. */
    public List<WeekEntry> weeks(AreaDefinition area, WeekFilter filter, Instant asOf) {
        return ViewSums.byWeek(gatherer.shares(
                () -> weekShare(area, filter, asOf),
                ViewQueries.withAsOf(path(AREA_WEEKS, area.areaId()) + filter.query(""), asOf),
                WEEK_SHARES));
    }

    /** This instance's share of an area's sector totals, for a peer. */
    public Partial<AreaSectorEntry> sectorShare(String areaId, Instant asOf) {
        return sectorShare(held(areaId), asOf);
    }

    /** This instance's share of an area's weekly series, for a peer. */
    public Partial<WeekEntry> weekShare(String areaId, WeekFilter filter, Instant asOf) {
        return weekShare(held(areaId), filter, asOf);
    }

    /**
     * This instance's share of an area's sector totals at an instant (now when null): only the
     * members it holds, so that the shares of all instances add up to the area's (the gauges too).
     */
    public Partial<AreaSectorEntry> sectorShare(AreaDefinition area, Instant asOf) {
        final Partial<WeekCell> cells = countedCells(area, asOf);
        final List<AreaSectorEntry> sectors = new ArrayList<>();
        ViewSums.by(cells.entries(), WeekCell::sector, WeekCell::measures)
                .forEach((sector, measures) -> sectors.add(new AreaSectorEntry(sector, measures)));
        return new Partial<>(cells.partitions(), sectors);
    }

    private Partial<WeekEntry> weekShare(AreaDefinition area, WeekFilter filter, Instant asOf) {
        final Partial<WeekCell> cells = countedCells(area, asOf);
        return new Partial<>(
                cells.partitions(),
                ViewSums.byWeek(cells.entries().stream()
                        .filter(cell -> filter.includes(cell.sector(), cell.weekStart()))
                        .map(cell -> new WeekEntry(cell.weekStart(), cell.measures()))
                        .toList()));
    }

    /**
     * The week views of the area's members that count in it, from the partitions this instance
     * serves. A place's views are all in one partition, so each member is looked for in each
     * partition (a prefix scan that finds nothing elsewhere), each once however often it is listed.
     */
    private Partial<WeekCell> countedCells(AreaDefinition area, Instant asOf) {
        final Set<Integer> partitions = streams.localPartitions();
        final List<WeekCell> cells = new ArrayList<>();
        for (int partition : partitions) {
            for (String place : area.places()) {
                cells.addAll(area.counted(
                        asOf == null
                                ? local.placeWeekCells(partition, place)
                                : history.placeWeekCells(partition, place, asOf)));
            }
        }
        return new Partial<>(List.copyOf(partitions), cells);
    }

    private AreaDefinition held(String areaId) {
        return areas.find(areaId)
                .orElseThrow(
                        () -> new ViewsUnavailableException("This instance does not hold area " + areaId + " yet."));
    }

    private static String path(String template, String areaId) {
        return template.replace("{areaId}", areaId);
    }
}
