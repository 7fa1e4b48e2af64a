package org.recoverytracker.views.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.recoverytracker.dashboard.downloads.DownloadResponses;
import org.recoverytracker.dashboard.downloads.OpenCsvTable;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.open.OpenCell;
import org.recoverytracker.views.open.OpenReleases;
import org.recoverytracker.views.open.Release;
import org.recoverytracker.views.open.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open downloads: every download of the exact figures under {@code /open/downloads}, from a
 * release of the open views ({@code release=}, the latest by default), each measure followed by
 * its flags ({@code jobsLost_flags}: GSS symbols separated by spaces) and a suppressed figure an
 * empty cell. Each file links its CSV on the Web description, which names the release.
 */
@RestController
class OpenDownloadsController {

    private static final ReferenceData UK = ReferenceData.uk();
    private static final String PREFIX = "/open/downloads";

    private final OpenReleases releases;
    private final AreaDefinitions areas;
    private final ProvisionalWeeks provisionalWeeks;
    private final PartnerDirectory partners;

    OpenDownloadsController(
            OpenReleases releases,
            AreaDefinitions areas,
            ProvisionalWeeks provisionalWeeks,
            PartnerDirectory partners) {
        this.releases = releases;
        this.partners = partners;
        this.areas = areas;
        this.provisionalWeeks = provisionalWeeks;
    }

    @GetMapping(PREFIX + "/uk.csv")
    ResponseEntity<String> uk(@RequestParam(required = false) String release, HttpServletRequest request) {
        final Release chosen = OpenViewsController.chosen(releases, release);
        return area(request, chosen, "uk.csv", Scope.rollup(null), AreaFigures.UK_CODE, AreaFigures.UK_NAME);
    }

    @GetMapping(PREFIX + "/regions/{region}.csv")
    ResponseEntity<String> region(
            @PathVariable String region, @RequestParam(required = false) String release, HttpServletRequest request) {
        final Region known = ViewCodes.region(region);
        final Release chosen = OpenViewsController.chosen(releases, release);
        return area(request, chosen, region + ".csv", Scope.rollup(region), region, known.name());
    }

    @GetMapping(PREFIX + "/places/{place}.csv")
    ResponseEntity<String> place(
            @PathVariable String place, @RequestParam(required = false) String release, HttpServletRequest request) {
        final Place known = ViewCodes.place(place);
        final Release chosen = OpenViewsController.chosen(releases, release);
        return area(request, chosen, place + ".csv", Scope.place(place), place, known.name());
    }

    @GetMapping(PREFIX + "/areas/{areaId}.csv")
    ResponseEntity<String> area(
            @PathVariable String areaId, @RequestParam(required = false) String release, HttpServletRequest request) {
        final AreaDefinition known = OpenViewsController.publicArea(areas, areaId);
        final Release chosen = OpenViewsController.chosen(releases, release);
        return area(request, chosen, areaId + ".csv", Scope.area(areaId, null, null), areaId, known.name());
    }

    @GetMapping(PREFIX + "/areas/{areaId}/weekly.csv")
    ResponseEntity<String> areaWeeks(
            @PathVariable String areaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release,
            HttpServletRequest request) {
        final AreaDefinition known = OpenViewsController.publicArea(areas, areaId);
        final Release chosen = OpenViewsController.chosen(releases, release);
        return weeks(
                request,
                chosen,
                areaId + "-weekly.csv",
                releases.weeks(chosen, Scope.Level.AREA_WEEK, areaId, null, from, to),
                areaId,
                known.name());
    }

    @GetMapping(PREFIX + "/places.csv")
    ResponseEntity<String> places(@RequestParam(required = false) String release, HttpServletRequest request) {
        final Release chosen = OpenViewsController.chosen(releases, release);
        final List<List<String>> rows = new ArrayList<>();
        rows.add(OpenCsvTable.PLACES.header());
        releases.figures(chosen, Scope.Level.PLACE, null, null).forEach((scope, cell) -> {
            final Place known = UK.place(scope.code()).orElseThrow();
            rows.add(row(
                    cell,
                    known.code(),
                    known.name(),
                    known.region().code(),
                    known.region().name()));
        });
        return csv(request, chosen, "places.csv", rows);
    }

    @GetMapping(PREFIX + "/uk/weekly.csv")
    ResponseEntity<String> ukWeeks(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release,
            HttpServletRequest request) {
        final Release chosen = OpenViewsController.chosen(releases, release);
        return weeks(
                request,
                chosen,
                "uk-weekly.csv",
                releases.weeks(chosen, Scope.Level.UK_WEEK, null, null, from, to),
                AreaFigures.UK_CODE,
                AreaFigures.UK_NAME);
    }

    @GetMapping(PREFIX + "/regions/{region}/weekly.csv")
    ResponseEntity<String> regionWeeks(
            @PathVariable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release,
            HttpServletRequest request) {
        final Region known = ViewCodes.region(region);
        final Release chosen = OpenViewsController.chosen(releases, release);
        return weeks(
                request,
                chosen,
                region + "-weekly.csv",
                releases.weeks(chosen, Scope.Level.REGION_WEEK, region, null, from, to),
                region,
                known.name());
    }

    @GetMapping(PREFIX + "/places/{place}/weekly.csv")
    ResponseEntity<String> placeWeeks(
            @PathVariable String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release,
            HttpServletRequest request) {
        final Place known = ViewCodes.place(place);
        final Release chosen = OpenViewsController.chosen(releases, release);
        if (releases.figure(chosen, Scope.place(place)).isEmpty()) {
            throw new NoLiveEventsException(known.name() + " has no live events in release " + chosen.id() + ".");
        }
        return weeks(
                request,
                chosen,
                place + "-weekly.csv",
                releases.weeks(chosen, Scope.Level.PLACE_WEEK, place, null, from, to),
                place,
                known.name());
    }

    // CSV on the Web descriptions, one beside each download ({path}-metadata.json), of the release asked for.

    @GetMapping(PREFIX + "/uk.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> ukMetadata(@RequestParam(required = false) String release) {
        return metadata(OpenCsvTable.AREA, "uk.csv", "The United Kingdom by sector", release);
    }

    @GetMapping(PREFIX + "/uk/weekly.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> ukWeeksMetadata(@RequestParam(required = false) String release) {
        return metadata(OpenCsvTable.WEEKS, "weekly.csv", "The United Kingdom week by week", release);
    }

    @GetMapping(PREFIX + "/places.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> placesMetadata(@RequestParam(required = false) String release) {
        return metadata(OpenCsvTable.PLACES, "places.csv", "Every place with live events", release);
    }

    @GetMapping(PREFIX + "/places/{place}.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> placeMetadata(
            @PathVariable String place, @RequestParam(required = false) String release) {
        return metadata(
                OpenCsvTable.AREA, place + ".csv", ViewCodes.place(place).name() + " by sector", release);
    }

    @GetMapping(PREFIX + "/places/{place}/weekly.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> placeWeeksMetadata(
            @PathVariable String place, @RequestParam(required = false) String release) {
        return metadata(OpenCsvTable.WEEKS, "weekly.csv", ViewCodes.place(place).name() + " week by week", release);
    }

    @GetMapping(PREFIX + "/areas/{areaId}.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> areaMetadata(
            @PathVariable String areaId, @RequestParam(required = false) String release) {
        final String name = OpenViewsController.publicArea(areas, areaId).name();
        return metadata(OpenCsvTable.AREA, areaId + ".csv", name + " by sector", release);
    }

    @GetMapping(PREFIX + "/areas/{areaId}/weekly.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> areaWeeksMetadata(
            @PathVariable String areaId, @RequestParam(required = false) String release) {
        final String name = OpenViewsController.publicArea(areas, areaId).name();
        return metadata(OpenCsvTable.WEEKS, "weekly.csv", name + " week by week", release);
    }

    @GetMapping(PREFIX + "/regions/{region}.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> regionMetadata(
            @PathVariable String region, @RequestParam(required = false) String release) {
        return metadata(
                OpenCsvTable.AREA, region + ".csv", ViewCodes.region(region).name() + " by sector", release);
    }

    @GetMapping(PREFIX + "/regions/{region}/weekly.csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> regionWeeksMetadata(
            @PathVariable String region, @RequestParam(required = false) String release) {
        return metadata(
                OpenCsvTable.WEEKS, "weekly.csv", ViewCodes.region(region).name() + " week by week", release);
    }

    /** A place, region or the UK: its totals, then a row per sector; a 404 when the release has none. */
    private ResponseEntity<String> area(
            HttpServletRequest request, Release release, String fileName, Scope total, String code, String name) {
        final OpenCell figures = releases.figure(release, total)
                .orElseThrow(
                        () -> new NoLiveEventsException(name + " has no live events in release " + release.id() + "."));
        final List<List<String>> rows = new ArrayList<>();
        rows.add(OpenCsvTable.AREA.header());
        rows.add(row(figures, code, name, "", OpenCsvTable.ALL_SECTORS));
        releases.sectorsOf(release, total)
                .forEach((scope, cell) -> rows.add(row(
                        cell,
                        code,
                        name,
                        scope.sector(),
                        UK.section(scope.sector()).orElseThrow().title())));
        return csv(request, release, fileName, rows);
    }

    private ResponseEntity<String> weeks(
            HttpServletRequest request,
            Release release,
            String fileName,
            SortedMap<Scope, OpenCell> weeks,
            String code,
            String name) {
        final List<List<String>> rows = new ArrayList<>();
        rows.add(OpenCsvTable.WEEKS.header());
        weeks.forEach((scope, cell) -> rows.add(row(
                cell,
                code,
                name,
                scope.weekStart().toString(),
                Boolean.toString(provisionalWeeks.wasProvisionalOn(scope.weekStart(), release.date())))));
        return csv(request, release, fileName, rows);
    }

    /** The leading values, then each measure's published value (empty when suppressed) and its flags. */
    private static List<String> row(OpenCell cell, String... leading) {
        final List<String> row = new ArrayList<>(List.of(leading));
        for (String measure : OpenCsvTable.MEASURES) {
            final Long value = cell.values().get(measure);
            row.add(value == null ? "" : value.toString());
            row.add(String.join(" ", cell.flags().getOrDefault(measure, List.of())));
        }
        return row;
    }

    private static ResponseEntity<String> csv(
            HttpServletRequest request, Release release, String fileName, List<List<String>> rows) {
        final ResponseEntity<String> file = DownloadResponses.csv(request.getRequestURI(), fileName, rows);
        return ResponseEntity.status(file.getStatusCode())
                .headers(file.getHeaders())
                .header(OpenViewsController.RELEASE_HEADER, release.id())
                .body(file.getBody());
    }

    private ResponseEntity<Map<String, Object>> metadata(
            OpenCsvTable shape, String fileName, String title, String release) {
        final Release chosen = OpenViewsController.chosen(releases, release);
        return DownloadResponses.description(CsvwMetadata.attributedTo(
                shape.metadata(fileName, title + ", open figures", chosen.id(), "/open/v1/releases/" + chosen.id()),
                partners.partnerIds()));
    }
}
