package org.recoverytracker.views.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.Region;
import org.recoverytracker.reference.SicSection;
import org.recoverytracker.views.baselines.BaselineChoice;
import org.recoverytracker.views.baselines.IndexFigures;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewSums;
import org.recoverytracker.views.query.WeekEntry;
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
 * Figures set against a baseline ({@code ?baseline=BRES:EMPLOYEES:2019}, the default): for a place,
 * a place's sector, a region and the UK, in total and week by week ({@code .../index/weekly}, also
 * at {@code .../weekly/index}). A scope's baseline is the sum over its districts that have one;
 * {@code coverage} is their share of its districts. The figures are the scope's, as the views give
 * them (a district without a baseline still counts in them: {@code coverage} says how far to trust
 * the rate). A week's {@code eventImpliedIndex} counts the net job change of every week up to and
 * including it.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class IndexController {

    private final ViewQueries queries;
    private final IndexAnswers answers;

    IndexController(ViewQueries queries, IndexAnswers answers) {
        this.queries = queries;
        this.answers = answers;
    }

    record PlaceIndex(
            String place, String name, @JsonUnwrapped IndexFigures figures) {}

    record PlaceSectorIndex(
            String place,
            String sector,
            String sectorName,
            @JsonUnwrapped IndexFigures figures) {}

    record RegionIndex(
            String region, String name, @JsonUnwrapped IndexFigures figures) {}

    record UkIndex(String name, @JsonUnwrapped IndexFigures figures) {}

    @GetMapping("/v1/places/{place}/index")
    PlaceIndex place(
            @PathVariable String place,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) Instant asOf) {
        final Place known = ViewCodes.place(place);
        final BaselineChoice choice = IndexAnswers.choice(baseline);
        final Measures measures = ViewSums.total(queries.placeSectors(place, ViewCodes.asOf(asOf)));
        return new PlaceIndex(place, known.name(), answers.total(choice, List.of(place), null, measures));
    }

    @GetMapping("/v1/places/{place}/sectors/{sector}/index")
    PlaceSectorIndex placeSector(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) Instant asOf) {
        ViewCodes.place(place);
        final SicSection section = ViewCodes.sector(sector);
        final BaselineChoice choice = IndexAnswers.choice(baseline);
        final Measures measures = ViewSums.total(queries.placeSectors(place, ViewCodes.asOf(asOf)).stream()
                .filter(entry -> entry.sector().equals(sector))
                .toList());
        return new PlaceSectorIndex(
                place, sector, section.title(), answers.total(choice, List.of(place), sector, measures));
    }

    @GetMapping("/v1/regions/{region}/index")
    RegionIndex region(
            @PathVariable String region,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) Instant asOf) {
        final Region known = ViewCodes.region(region);
        final BaselineChoice choice = IndexAnswers.choice(baseline);
        final Measures measures =
                ViewSums.sum(queries.rollupSectors(region, ViewCodes.asOf(asOf)).values());
        return new RegionIndex(
                region, known.name(), answers.total(choice, IndexAnswers.districtsOf(region), null, measures));
    }

    @GetMapping("/v1/uk/index")
    UkIndex uk(@RequestParam(required = false) String baseline, @RequestParam(required = false) Instant asOf) {
        final BaselineChoice choice = IndexAnswers.choice(baseline);
        final Measures measures =
                ViewSums.sum(queries.rollupSectors(null, ViewCodes.asOf(asOf)).values());
        return new UkIndex("United Kingdom", answers.total(choice, IndexAnswers.districtsOf(null), null, measures));
    }

    @GetMapping({"/v1/places/{place}/index/weekly", "/v1/places/{place}/weekly/index"})
    List<IndexAnswers.IndexWeek> placeWeeks(
            @PathVariable String place,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        ViewCodes.place(place);
        final List<WeekEntry> weeks = queries.placeWeeks(place, new WeekFilter(null, null, null), ViewCodes.asOf(asOf))
                .orElse(List.of());
        return answers.weeks(IndexAnswers.choice(baseline), List.of(place), null, weeks, from, to);
    }

    @GetMapping({"/v1/places/{place}/sectors/{sector}/index/weekly", "/v1/places/{place}/sectors/{sector}/weekly/index"
    })
    List<IndexAnswers.IndexWeek> placeSectorWeeks(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        ViewCodes.place(place);
        ViewCodes.sector(sector);
        final List<WeekEntry> weeks = queries.placeWeeks(
                        place, new WeekFilter(sector, null, null), ViewCodes.asOf(asOf))
                .orElse(List.of());
        return answers.weeks(IndexAnswers.choice(baseline), List.of(place), sector, weeks, from, to);
    }

    @GetMapping({"/v1/regions/{region}/index/weekly", "/v1/regions/{region}/weekly/index"})
    List<IndexAnswers.IndexWeek> regionWeeks(
            @PathVariable String region,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        ViewCodes.region(region);
        final List<WeekEntry> weeks =
                queries.rollupWeeks(region, new WeekFilter(null, null, null), ViewCodes.asOf(asOf));
        return answers.weeks(IndexAnswers.choice(baseline), IndexAnswers.districtsOf(region), null, weeks, from, to);
    }

    @GetMapping({"/v1/uk/index/weekly", "/v1/uk/weekly/index"})
    List<IndexAnswers.IndexWeek> ukWeeks(
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf) {
        final List<WeekEntry> weeks = queries.rollupWeeks(null, new WeekFilter(null, null, null), ViewCodes.asOf(asOf));
        return answers.weeks(IndexAnswers.choice(baseline), IndexAnswers.districtsOf(null), null, weeks, from, to);
    }
}
