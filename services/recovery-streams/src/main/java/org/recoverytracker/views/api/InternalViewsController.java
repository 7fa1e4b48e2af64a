package org.recoverytracker.views.api;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.recoverytracker.views.query.LocalViews;
import org.recoverytracker.views.query.Partial;
import org.recoverytracker.views.query.RegionSectorEntry;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this instance holds of views that span places, for the instance gathering them. Not part
 * of the public API: only peers call it (the chart's network policy lets only them reach it).
 */
@RestController
class InternalViewsController {

    static final String SECTOR_TOTALS = "/internal/v1/sector-totals";
    static final String WEEKS = "/internal/v1/weeks";
    static final String REGION_SECTORS = "/internal/v1/region-sectors";

    private final LocalViews local;

    InternalViewsController(LocalViews local) {
        this.local = local;
    }

    @GetMapping(path = SECTOR_TOTALS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<SectorEntry> sectorTotals() {
        return local.sectorTotals();
    }

    @GetMapping(path = REGION_SECTORS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<RegionSectorEntry> regionSectors(@RequestParam(required = false) String region) {
        return local.regionSectors(regions(region));
    }

    @GetMapping(path = WEEKS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<WeekEntry> weeks(@RequestParam(required = false) String region,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return local.regionWeeks(regions(region), new WeekFilter(null, from, to));
    }

    private static Predicate<String> regions(String region) {
        return region == null ? anyRegion -> true : region::equals;
    }
}
