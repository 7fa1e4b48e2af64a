package org.recoverytracker.views.areas;

import java.time.Instant;
import java.time.LocalDate;
import org.recoverytracker.views.query.Partial;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What this instance holds of an area, for the instance answering a question about it: for peers only. */
@RestController
class InternalAreaViewsController {

    private final AreaQueries queries;

    InternalAreaViewsController(AreaQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = AreaQueries.AREA_SECTORS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<AreaSectorEntry> sectors(@PathVariable String areaId, @RequestParam(required = false) Instant asOf) {
        return queries.sectorShare(areaId, asOf);
    }

    @GetMapping(path = AreaQueries.AREA_WEEKS, produces = MediaType.APPLICATION_JSON_VALUE)
    Partial<WeekEntry> weeks(
            @PathVariable String areaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        return queries.weekShare(areaId, new WeekFilter(null, from, to), asOf);
    }
}
