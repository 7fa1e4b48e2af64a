package org.recoverytracker.views.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.views.query.CellEventsPage;
import org.recoverytracker.views.query.CellProvenance;
import org.recoverytracker.views.query.OrganisationCell;
import org.recoverytracker.views.query.Partial;
import org.recoverytracker.views.query.RegionSectorEntry;
import org.recoverytracker.views.query.RevisionEntry;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this instance holds, for the instance answering a question: its share of views that span
 * places, and the places it owns. Not part of the public API: only peers call it (the chart's
 * network policy lets only them reach it).
 */
@RestController
class InternalViewsController {

    private final ViewQueries queries;

    InternalViewsController(ViewQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = ViewQueries.SECTOR_TOTALS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<SectorEntry> sectorTotals(@RequestParam(required = false) Instant asOf) {
        return queries.sectorTotalShare(asOf);
    }

    @GetMapping(path = ViewQueries.REGION_SECTORS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<RegionSectorEntry> regionSectors(
            @RequestParam(required = false) String region, @RequestParam(required = false) Instant asOf) {
        return queries.regionSectorShare(region, asOf);
    }

    @GetMapping(path = ViewQueries.WEEKS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<WeekEntry> weeks(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        return queries.weekShare(region, new WeekFilter(null, from, to), asOf);
    }

    @GetMapping(path = ViewQueries.PLACE_SECTORS, produces = MediaType.APPLICATION_JSON_VALUE)
    List<SectorEntry> placeSectors(@PathVariable String place, @RequestParam(required = false) Instant asOf) {
        return queries.ownPlaceSectors(place, asOf);
    }

    @GetMapping(path = ViewQueries.PLACE_WEEKS, produces = MediaType.APPLICATION_JSON_VALUE)
    ViewQueries.PlaceWeeks placeWeeks(
            @PathVariable String place,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        return queries.ownPlaceWeeks(place, new WeekFilter(sector, from, to), asOf);
    }

    @GetMapping(path = ViewQueries.CELL_PROVENANCE, produces = MediaType.APPLICATION_JSON_VALUE)
    CellProvenance cellProvenance(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        return queries.ownProvenance(place, sector, week);
    }

    @GetMapping(path = ViewQueries.CELL_EVENTS, produces = MediaType.APPLICATION_JSON_VALUE)
    CellEventsPage cellEvents(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String cursor,
            @RequestParam int limit) {
        return queries.ownCellEvents(place, sector, week, partner, cursor, Math.min(limit, PageLimit.MAX));
    }

    @GetMapping(path = ViewQueries.ORGANISATION_CELLS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<OrganisationCell> organisationCells(@RequestParam(required = false) Integer limit) {
        // An instance of the release before the limit asks without one, and gets the whole share.
        return queries.organisationCellShare(limit == null ? Integer.MAX_VALUE : limit);
    }

    @GetMapping(path = ViewQueries.REVISIONS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<RevisionEntry> revisions(
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Instant since,
            @RequestParam(required = false) Instant until,
            @RequestParam(required = false) String cursor,
            @RequestParam int limit) {
        return queries.revisionShare(sector, since, until, cursor, Math.min(limit, PageLimit.MAX + 1));
    }

    @GetMapping(path = ViewQueries.PLACE_REVISIONS, produces = MediaType.APPLICATION_JSON_VALUE)
    List<RevisionEntry> placeRevisions(
            @PathVariable String place,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Instant since,
            @RequestParam(required = false) Instant until,
            @RequestParam(required = false) String cursor,
            @RequestParam int limit) {
        return queries.ownRevisions(place, sector, since, until, cursor, Math.min(limit, PageLimit.MAX + 1));
    }
}
