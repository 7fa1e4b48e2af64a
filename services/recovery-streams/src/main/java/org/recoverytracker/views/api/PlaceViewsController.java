package org.recoverytracker.views.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.SicSection;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.api.ViewResponses.PlaceDetail;
import org.recoverytracker.views.api.ViewResponses.PlaceSectorDetail;
import org.recoverytracker.views.api.ViewResponses.PlaceSummary;
import org.recoverytracker.views.api.ViewResponses.WeekSummary;
import org.recoverytracker.views.query.SectorEntry;
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
 * The place views of the contract: every place, one place, one place × sector, and weekly series.
 * A place is read on the instance that owns it ({@link ViewQueries}), whichever instance is asked.
 * Every view takes {@code asOf}: the figures as they stood at that instant.
 */
@RestController
@RequestMapping(path = "/v1/places", produces = MediaType.APPLICATION_JSON_VALUE)
class PlaceViewsController {

    private final ViewQueries queries;
    private final ProvisionalWeeks provisionalWeeks;

    PlaceViewsController(ViewQueries queries, ProvisionalWeeks provisionalWeeks) {
        this.queries = queries;
        this.provisionalWeeks = provisionalWeeks;
    }

    /** Every place with live events, in code order. */
    @GetMapping
    List<PlaceSummary> places(@RequestParam(required = false) Instant asOf) {
        return queries.places(ViewCodes.asOf(asOf)).entrySet().stream()
                .map(place -> {
                    final Place known = ReferenceData.uk().place(place.getKey()).orElseThrow();
                    return new PlaceSummary(
                            known.code(), known.name(), known.region().code(), place.getValue());
                })
                .toList();
    }

    @GetMapping("/{place}")
    PlaceDetail place(@PathVariable String place, @RequestParam(required = false) Instant asOf) {
        final Place known = ViewCodes.place(place);
        final List<SectorEntry> sectors = queries.placeSectors(place, ViewCodes.asOf(asOf));
        if (sectors.isEmpty()) {
            throw new NoLiveEventsException(place + " (" + known.name() + ") has no live events.");
        }
        return new PlaceDetail(
                known.code(),
                known.name(),
                known.region().code(),
                known.nation().displayName(),
                ViewSums.total(sectors),
                Sectors.summaries(ViewSums.by(sectors, SectorEntry::sector)));
    }

    @GetMapping("/{place}/sectors/{sector}")
    PlaceSectorDetail placeSector(
            @PathVariable String place, @PathVariable String sector, @RequestParam(required = false) Instant asOf) {
        final Place known = ViewCodes.place(place);
        final SicSection section = ViewCodes.sector(sector);
        return queries.placeSectors(place, ViewCodes.asOf(asOf)).stream()
                .filter(entry -> entry.sector().equals(sector))
                .findFirst()
                .map(entry -> new PlaceSectorDetail(
                        place, sector, section.title(), entry.measures(), Instant.ofEpochMilli(entry.lastUpdated())))
                .orElseThrow(() ->
                        new NoLiveEventsException(known.name() + " has no live events in sector " + sector + "."));
    }

    @GetMapping("/{place}/weekly")
    List<WeekSummary> placeWeeks(
            @PathVariable String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        return weeks(place, new WeekFilter(null, from, to), asOf);
    }

    @GetMapping("/{place}/sectors/{sector}/weekly")
    List<WeekSummary> placeSectorWeeks(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        ViewCodes.sector(sector);
        return weeks(place, new WeekFilter(sector, from, to), asOf);
    }

    /**
     * Weeks with events, ascending. A place or sector with no live events at all is a 404; one
     * with events but none in the chosen weeks is an empty series.
     */
    private List<WeekSummary> weeks(String place, WeekFilter filter, Instant asOf) {
        final Place known = ViewCodes.place(place);
        return provisionalWeeks.summaries(queries.placeWeeks(place, filter, ViewCodes.asOf(asOf))
                .orElseThrow(() -> new NoLiveEventsException(known.name() + " has no live events"
                        + (filter.sector() == null ? "." : " in sector " + filter.sector() + "."))));
    }

    /** How sectors and weeks are listed in every view. */
    static final class Sectors {

        private Sectors() {}

        static List<ViewResponses.SectorSummary> summaries(Map<String, Measures> bySector) {
            return bySector.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .map(sector -> new ViewResponses.SectorSummary(
                            sector.getKey(),
                            ReferenceData.uk()
                                    .section(sector.getKey())
                                    .orElseThrow()
                                    .title(),
                            sector.getValue()))
                    .toList();
        }
    }
}
