package org.recoverytracker.views.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recoverytracker.reference.Region;
import org.recoverytracker.views.api.PlaceViewsController.Sectors;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.api.ViewResponses.RegionDetail;
import org.recoverytracker.views.api.ViewResponses.UkDetail;
import org.recoverytracker.views.api.ViewResponses.WeekSummary;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewSums;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.topology.Measures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rollups of the reference geography — an ITL1 region, the UK — gathered from every instance.
 * Areas partners define for themselves ({@code /v1/areas}) are another thing: custom areas.
 * Weekly series of regions and the UK extend the contract, for comparing a place with its region
 * and the country. Every view takes {@code asOf}: the figures as they stood at that instant.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class RollupViewsController {

    private final ViewQueries queries;
    private final ProvisionalWeeks provisionalWeeks;

    RollupViewsController(ViewQueries queries, ProvisionalWeeks provisionalWeeks) {
        this.queries = queries;
        this.provisionalWeeks = provisionalWeeks;
    }

    @GetMapping("/v1/regions/{region}")
    RegionDetail region(@PathVariable String region, @RequestParam(required = false) Instant asOf) {
        final Region known = ViewCodes.region(region);
        final Map<String, Measures> sectors = queries.rollupSectors(region, ViewCodes.asOf(asOf));
        if (sectors.isEmpty()) {
            throw new NoLiveEventsException(known.name() + " (" + region + ") has no live events.");
        }
        return new RegionDetail(
                region,
                known.name(),
                known.nation().displayName(),
                ViewSums.sum(sectors.values()),
                Sectors.summaries(sectors));
    }

    @GetMapping("/v1/regions/{region}/weekly")
    List<WeekSummary> regionWeeks(
            @PathVariable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        ViewCodes.region(region);
        return provisionalWeeks.summaries(
                queries.rollupWeeks(region, new WeekFilter(null, from, to), ViewCodes.asOf(asOf)));
    }

    @GetMapping("/v1/uk")
    UkDetail uk(@RequestParam(required = false) Instant asOf) {
        final Map<String, Measures> sectors = queries.rollupSectors(null, ViewCodes.asOf(asOf));
        if (sectors.isEmpty()) {
            throw new NoLiveEventsException("The UK has no live events yet.");
        }
        return new UkDetail("United Kingdom", ViewSums.sum(sectors.values()), Sectors.summaries(sectors));
    }

    @GetMapping("/v1/uk/weekly")
    List<WeekSummary> ukWeeks(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        return provisionalWeeks.summaries(
                queries.rollupWeeks(null, new WeekFilter(null, from, to), ViewCodes.asOf(asOf)));
    }
}
