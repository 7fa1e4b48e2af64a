package org.recoverytracker.views.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.recoverytracker.reference.Region;
import org.recoverytracker.views.api.PlaceViewsController.Sectors;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.api.ViewResponses.RegionDetail;
import org.recoverytracker.views.api.ViewResponses.UkDetail;
import org.recoverytracker.views.api.ViewResponses.WeekSummary;
import org.recoverytracker.views.query.LocalViews;
import org.recoverytracker.views.query.ViewGatherer;
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
 * The views of areas larger than a place — an ITL1 region, the UK — gathered from every instance.
 * Weekly series of regions and the UK extend the contract, for comparing a place with its region
 * and the country.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class AreaViewsController {

    private final LocalViews local;
    private final ViewGatherer gatherer;

    AreaViewsController(LocalViews local, ViewGatherer gatherer) {
        this.local = local;
        this.gatherer = gatherer;
    }

    @GetMapping("/v1/regions/{region}")
    RegionDetail region(@PathVariable String region) {
        final Region known = ViewCodes.region(region);
        final Map<String, Measures> sectors = bySector(region::equals, "?region=" + region);
        if (sectors.isEmpty()) {
            throw new NoLiveEventsException(known.name() + " (" + region + ") has no live events.");
        }
        return new RegionDetail(region, known.name(), known.nation().displayName(), total(sectors), Sectors.summaries(sectors));
    }

    @GetMapping("/v1/regions/{region}/weekly")
    List<WeekSummary> regionWeeks(@PathVariable String region,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ViewCodes.region(region);
        return weeks(region::equals, new WeekFilter(null, from, to), "region=" + region);
    }

    @GetMapping("/v1/uk")
    UkDetail uk() {
        final Map<String, Measures> sectors = bySector(anyRegion -> true, "");
        if (sectors.isEmpty()) {
            throw new NoLiveEventsException("The UK has no live events yet.");
        }
        return new UkDetail("United Kingdom", total(sectors), Sectors.summaries(sectors));
    }

    @GetMapping("/v1/uk/weekly")
    List<WeekSummary> ukWeeks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return weeks(anyRegion -> true, new WeekFilter(null, from, to), "");
    }

    /** The sector totals of the regions in scope, summed over every task of every instance. */
    private Map<String, Measures> bySector(Predicate<String> regions, String query) {
        final Map<String, Measures> sectors = new TreeMap<>();
        gatherer.regionSectors(() -> local.regionSectors(regions), InternalViewsController.REGION_SECTORS + query)
                .forEach(entry -> sectors.merge(entry.sector(), entry.measures(), Measures::plus));
        return sectors;
    }

    private static Measures total(Map<String, Measures> sectors) {
        return sectors.values().stream().reduce(Measures.NONE, Measures::plus);
    }

    private List<WeekSummary> weeks(Predicate<String> regions, WeekFilter filter, String scope) {
        final StringBuilder query = new StringBuilder("?").append(scope);
        if (filter.from() != null) {
            query.append("&from=").append(filter.from());
        }
        if (filter.to() != null) {
            query.append("&to=").append(filter.to());
        }
        return Sectors.weeks(gatherer.weeks(() -> local.regionWeeks(regions, filter), InternalViewsController.WEEKS + query));
    }
}
