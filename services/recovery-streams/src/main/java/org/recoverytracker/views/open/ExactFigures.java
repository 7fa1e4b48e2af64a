package org.recoverytracker.views.open;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.query.OrganisationCell;
import org.recoverytracker.views.query.SectorEntry;

/**
 * Every figure the open views publish, exactly, made up from what each organisation adds to each
 * place × sector × week: that cell, its place × sector and place × week, its place, the same for
 * its region and the UK, and for each public area it counts in that week. Also the tables of rule 6: each figure that is the total of others.
 */
final class ExactFigures {

    /** A figure that is the sum of others, along one dimension: sectors, weeks, places or regions. */
    record Table(Scope total, List<Scope> parts) {}

    private static final Comparator<Scope> BY_KEY = Comparator.comparing(Scope::key);

    private final SortedMap<Scope, ExactFigure> figures = new TreeMap<>(BY_KEY);
    private final List<AreaDefinition> areas;

    private ExactFigures(List<AreaDefinition> areas) {
        this.areas = List.copyOf(areas);
    }

    /**
     * @param cells every organisation's contribution to every week view
     * @param sectors the place × sector views, for their last change
     * @param areas the public areas partners defined: each counts a member's cells in the weeks it is one
     */
    static ExactFigures of(
            Collection<OrganisationCell> cells, Collection<SectorEntry> sectors, List<AreaDefinition> areas) {
        final ExactFigures exact = new ExactFigures(areas);
        for (OrganisationCell cell : cells) {
            for (AreaDefinition area : areas) {
                if (area.counts(cell.place(), cell.weekStart())) {
                    for (Scope scope : List.of(
                            Scope.area(area.areaId(), null, null),
                            Scope.area(area.areaId(), cell.sector(), null),
                            Scope.area(area.areaId(), null, cell.weekStart()))) {
                        exact.figures
                                .computeIfAbsent(scope, any -> new ExactFigure())
                                .add(cell.organisation(), cell.measures());
                    }
                }
            }
            final String region = regionOf(cell.place());
            for (Scope scope : List.of(
                    Scope.placeSectorWeek(cell.place(), cell.sector(), cell.weekStart()),
                    Scope.placeSector(cell.place(), cell.sector()),
                    Scope.placeWeek(cell.place(), cell.weekStart()),
                    Scope.place(cell.place()),
                    Scope.rollupSector(region, cell.sector()),
                    Scope.rollupWeek(region, cell.weekStart()),
                    Scope.rollup(region),
                    Scope.rollupSector(null, cell.sector()),
                    Scope.rollupWeek(null, cell.weekStart()),
                    Scope.rollup(null))) {
                exact.figures
                        .computeIfAbsent(scope, any -> new ExactFigure())
                        .add(cell.organisation(), cell.measures());
            }
        }
        for (SectorEntry sector : sectors) {
            final ExactFigure figure = exact.figures.get(Scope.placeSector(sector.place(), sector.sector()));
            if (figure != null) {
                figure.updatedAt(sector.lastUpdated());
            }
        }
        return exact;
    }

    /** Every figure, in key order. */
    SortedMap<Scope, ExactFigure> figures() {
        return figures;
    }

    /**
     * The tables of rule 6, in a fixed order: within a place its sectors and its weeks, within a
     * place × sector its weeks and within a place × week its sectors; the same within a region and
     * the UK, and the places of a region (whole, per sector, per week) and the regions of the UK.
     */
    List<Table> tables() {
        final Map<String, List<Scope>> partsByTable = new LinkedHashMap<>();
        final Map<String, Scope> totals = new LinkedHashMap<>();
        for (Scope part : figures.keySet()) {
            for (Scope total : totalsOf(part)) {
                final String table = total.key() + '>' + part.level();
                totals.putIfAbsent(table, total);
                partsByTable.computeIfAbsent(table, any -> new ArrayList<>()).add(part);
            }
        }
        final List<Table> tables = new ArrayList<>();
        partsByTable.forEach((table, parts) -> tables.add(new Table(totals.get(table), parts)));
        areas.forEach(area -> tables.addAll(memberTables(area)));
        return tables;
    }

    /**
     * The tables of an area's members: each week of the area is the sum of the weeks of the members
     * that count in it; the area, and each of its sectors, is the sum of its members' (and their
     * sectors') only when every member counts in every week it has events, as only then can one
     * be had from the other by subtraction.
     */
    private List<Table> memberTables(AreaDefinition area) {
        final List<Table> tables = new ArrayList<>();
        final Scope whole = Scope.area(area.areaId(), null, null);
        if (!figures.containsKey(whole)) {
            return tables;
        }
        final Map<Scope, List<Scope>> weekParts = new LinkedHashMap<>();
        boolean everyWeekCounts = true;
        for (String place : area.places()) {
            for (Scope week : ofPlace(Scope.Level.PLACE_WEEK, place)) {
                if (area.counts(place, week.weekStart())) {
                    weekParts
                            .computeIfAbsent(
                                    Scope.area(area.areaId(), null, week.weekStart()), any -> new ArrayList<>())
                            .add(week);
                } else {
                    everyWeekCounts = false;
                }
            }
        }
        weekParts.forEach((total, parts) -> tables.add(new Table(total, parts)));
        if (everyWeekCounts) {
            final List<Scope> places = new ArrayList<>();
            final Map<Scope, List<Scope>> sectorParts = new LinkedHashMap<>();
            for (String place : area.places()) {
                if (figures.containsKey(Scope.place(place))) {
                    places.add(Scope.place(place));
                }
                for (Scope sector : ofPlace(Scope.Level.PLACE_SECTOR, place)) {
                    sectorParts
                            .computeIfAbsent(Scope.area(area.areaId(), sector.sector(), null), any -> new ArrayList<>())
                            .add(sector);
                }
            }
            tables.add(new Table(whole, places));
            sectorParts.forEach((total, parts) -> tables.add(new Table(total, parts)));
        }
        return tables;
    }

    /** The figures of one level of a place: its weeks, or its sectors. */
    private List<Scope> ofPlace(Scope.Level level, String place) {
        return figures.keySet().stream()
                .filter(scope -> scope.level() == level && scope.code().equals(place))
                .toList();
    }

    /** The figures a figure is a part of, one per dimension it can be summed along. */
    private static List<Scope> totalsOf(Scope part) {
        final String place = part.code();
        return switch (part.level()) {
            case PLACE_SECTOR_WEEK ->
                List.of(Scope.placeSector(place, part.sector()), Scope.placeWeek(place, part.weekStart()));
            case PLACE_SECTOR -> List.of(Scope.place(place), Scope.rollupSector(regionOf(place), part.sector()));
            case PLACE_WEEK -> List.of(Scope.place(place), Scope.rollupWeek(regionOf(place), part.weekStart()));
            case PLACE -> List.of(Scope.rollup(regionOf(place)));
            case REGION_SECTOR -> List.of(Scope.rollup(part.code()), Scope.rollupSector(null, part.sector()));
            case REGION_WEEK -> List.of(Scope.rollup(part.code()), Scope.rollupWeek(null, part.weekStart()));
            case REGION, UK_SECTOR, UK_WEEK -> List.of(Scope.rollup(null));
            case AREA_SECTOR, AREA_WEEK -> List.of(Scope.area(part.code(), null, null));
            case UK, AREA -> List.of();
        };
    }

    private static String regionOf(String place) {
        return ReferenceData.uk().place(place).orElseThrow().region().code();
    }
}
