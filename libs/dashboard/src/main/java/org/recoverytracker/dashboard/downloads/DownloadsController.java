package org.recoverytracker.dashboard.downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.dashboard.views.WeekRange;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The figures behind each table of the dashboard as CSV, for spreadsheets: the views' figures with
 * the Views API's field names as column names and money in pence as the API gives it, so a
 * downloaded figure can be traced back to the API call that answers the same.
 */
@RestController
@Tag(name = "Downloads", description = "The Views API's figures as CSV files, for spreadsheets")
public class DownloadsController {

    private static final ReferenceData UK = ReferenceData.uk();

    private final RecoveryViews views;

    DownloadsController(RecoveryViews views) {
        this.views = views;
    }

    @GetMapping("/downloads/uk.csv")
    @Operation(summary = "The UK's figures: a first row for all sectors, then one row per sector (GET /v1/uk)")
    ResponseEntity<String> uk() {
        return csv(views::uk, "The UK has no live events yet.", "uk.csv", CsvTables::area);
    }

    @GetMapping("/downloads/regions/{region}.csv")
    @Operation(summary = "A region's figures: all sectors, then one row per sector (GET /v1/regions/{region})")
    ResponseEntity<String> region(@Parameter(description = "ITL1 code, such as TLI") @PathVariable String region) {
        final Optional<Region> known = knownRegion(region);
        if (known.isEmpty()) {
            return notARegion(region);
        }
        return csv(
                () -> views.region(region),
                known.get().name() + " (" + region + ") has no live events.",
                region + ".csv",
                CsvTables::area);
    }

    @GetMapping("/downloads/areas/{areaId}.csv")
    @Operation(
            summary = "A public area's figures: all sectors, then one row per sector (GET /v1/areas/{areaId});"
                    + " private areas only through the API")
    ResponseEntity<String> area(@Parameter(description = "The area's id") @PathVariable String areaId) {
        if (!Codes.isAreaId(areaId)) {
            return notAnArea(areaId);
        }
        return csv(() -> views.publicArea(areaId), noPublicArea(areaId), areaId + ".csv", CsvTables::area);
    }

    @GetMapping("/downloads/places.csv")
    @Operation(summary = "Every place with live events, one row each (GET /v1/places)")
    ResponseEntity<String> places() {
        return csv(() -> Optional.of(views.places()), "", "places.csv", CsvTables::places);
    }

    @GetMapping("/downloads/places/{place}.csv")
    @Operation(summary = "A place's figures: all sectors, then one row per sector (GET /v1/places/{place})")
    ResponseEntity<String> place(
            @Parameter(description = "ONS GSS code, such as E09000018") @PathVariable String place) {
        if (!Codes.isPlaceCode(place)) {
            return notAPlace(place);
        }
        return csv(
                () -> UK.place(place).flatMap(known -> views.place(known.code())),
                noLiveEvents(place),
                place + ".csv",
                CsvTables::area);
    }

    @GetMapping("/downloads/uk/weekly.csv")
    @Operation(summary = "The UK week by week, each week marked provisional or not (GET /v1/uk/weekly)")
    ResponseEntity<String> ukWeeks(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(
                () -> Optional.of(views.ukWeeks(new WeekRange(from, to))),
                "",
                "uk-weekly.csv",
                weeks -> CsvTables.weeks(AreaFigures.UK_CODE, AreaFigures.UK_NAME, weeks));
    }

    @GetMapping("/downloads/regions/{region}/weekly.csv")
    @Operation(summary = "A region week by week, each week marked provisional or not (GET /v1/regions/{region}/weekly)")
    ResponseEntity<String> regionWeeks(
            @PathVariable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        final Optional<Region> known = knownRegion(region);
        if (known.isEmpty()) {
            return notARegion(region);
        }
        return csv(
                () -> Optional.of(views.regionWeeks(region, new WeekRange(from, to))),
                "",
                region + "-weekly.csv",
                weeks -> CsvTables.weeks(region, known.get().name(), weeks));
    }

    @GetMapping("/downloads/areas/{areaId}/weekly.csv")
    @Operation(
            summary = "A public area week by week, each week marked provisional or not (GET /v1/areas/{areaId}/weekly)")
    ResponseEntity<String> areaWeeks(
            @PathVariable String areaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!Codes.isAreaId(areaId)) {
            return notAnArea(areaId);
        }
        return csv(
                () -> views.publicAreaDefinition(areaId)
                        .map(area -> CsvTables.weeks(
                                areaId, area.name(), views.publicAreaWeeks(areaId, new WeekRange(from, to)))),
                noPublicArea(areaId),
                areaId + "-weekly.csv",
                Function.identity());
    }

    @GetMapping("/downloads/places/{place}/weekly.csv")
    @Operation(summary = "A place week by week, each week marked provisional or not (GET /v1/places/{place}/weekly)")
    ResponseEntity<String> placeWeeks(
            @PathVariable String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!Codes.isPlaceCode(place)) {
            return notAPlace(place);
        }
        final String name = UK.place(place).map(Place::name).orElse(place);
        return csv(
                () -> UK.place(place).flatMap(known -> views.placeWeeks(known.code(), new WeekRange(from, to))),
                noLiveEvents(place),
                place + "-weekly.csv",
                weeks -> CsvTables.weeks(place, name, weeks));
    }

    // CSV on the Web descriptions, one beside each download ({path}-metadata.json).

    @GetMapping("/downloads/uk.csv" + CsvwMetadata.SUFFIX)
    @Operation(summary = "The CSV on the Web description of /downloads/uk.csv")
    ResponseEntity<Map<String, Object>> ukMetadata() {
        return metadata(CsvTable.AREA.metadata("uk.csv", "The United Kingdom by sector"));
    }

    @GetMapping("/downloads/uk/weekly.csv" + CsvwMetadata.SUFFIX)
    @Operation(summary = "The CSV on the Web description of /downloads/uk/weekly.csv")
    ResponseEntity<Map<String, Object>> ukWeeksMetadata() {
        return metadata(CsvTable.WEEKS.metadata("weekly.csv", "The United Kingdom week by week"));
    }

    @GetMapping("/downloads/places.csv" + CsvwMetadata.SUFFIX)
    @Operation(summary = "The CSV on the Web description of /downloads/places.csv")
    ResponseEntity<Map<String, Object>> placesMetadata() {
        return metadata(CsvTable.PLACES.metadata("places.csv", "Every place with live events"));
    }

    @GetMapping("/downloads/{scope}/{code}.csv" + CsvwMetadata.SUFFIX)
    @Operation(summary = "The CSV on the Web description of a place's, region's or area's download")
    ResponseEntity<?> areaMetadata(@PathVariable String scope, @PathVariable String code) {
        return titled(scope, code)
                .<ResponseEntity<?>>map(title -> metadata(CsvTable.AREA.metadata(code + ".csv", title + " by sector")))
                .orElseGet(() -> notDescribed(scope, code));
    }

    @GetMapping("/downloads/{scope}/{code}/weekly.csv" + CsvwMetadata.SUFFIX)
    @Operation(summary = "The CSV on the Web description of a place's, region's or area's weekly download")
    ResponseEntity<?> weeksMetadata(@PathVariable String scope, @PathVariable String code) {
        return titled(scope, code)
                .<ResponseEntity<?>>map(
                        title -> metadata(CsvTable.WEEKS.metadata("weekly.csv", title + " week by week")))
                .orElseGet(() -> notDescribed(scope, code));
    }

    /** What a download of the scope and code is called, when both are well formed (the figures are not read). */
    private static Optional<String> titled(String scope, String code) {
        return switch (scope) {
            case "places" -> Codes.isPlaceCode(code) ? UK.place(code).map(Place::name) : Optional.empty();
            case "regions" -> knownRegion(code).map(Region::name);
            case "areas" -> Codes.isAreaId(code) ? Optional.of("Area " + code) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static ResponseEntity<String> notDescribed(String scope, String code) {
        return DownloadResponses.problem(
                HttpStatus.NOT_FOUND, "There is no download " + scope + "/" + code + " to describe.");
    }

    private ResponseEntity<Map<String, Object>> metadata(Map<String, Object> description) {
        return DownloadResponses.description(CsvwMetadata.attributedTo(description, views.partners()));
    }

    private static Optional<Region> knownRegion(String code) {
        return Codes.isRegionCode(code) ? UK.region(code) : Optional.empty();
    }

    private static ResponseEntity<String> notAnArea(String areaId) {
        return DownloadResponses.problem(
                HttpStatus.BAD_REQUEST, "'" + areaId + "' is not an areaId: " + Codes.AREA_ID_SHAPE + ".");
    }

    /** The same for an unknown id and a private area, so that a private area's existence is not revealed. */
    private static String noPublicArea(String areaId) {
        return "There is no public area " + areaId + " with live events.";
    }

    private static String noLiveEvents(String place) {
        return UK.place(place)
                .map(known -> place + " (" + known.name() + ") has no live events.")
                .orElse(place + " has no live events.");
    }

    private static ResponseEntity<String> notARegion(String region) {
        return DownloadResponses.problem(
                HttpStatus.BAD_REQUEST, "'" + region + "' is not an ITL1 region code, TLC to TLN.");
    }

    private static ResponseEntity<String> notAPlace(String place) {
        return DownloadResponses.problem(
                HttpStatus.BAD_REQUEST,
                "'" + place + "' is not an ONS GSS code of a local authority district, like E09000018.");
    }

    /**
     * The figures as a CSV attachment; an area with no live events is a 404 and views that can't
     * be read just now a 503, as plain text, rather than an empty or broken file.
     */
    private static <T> ResponseEntity<String> csv(
            Supplier<Optional<T>> view, String noLiveEvents, String filename, Function<T, List<List<String>>> table) {
        final Optional<T> figures;
        try {
            figures = view.get();
        } catch (FiguresUnavailableException e) {
            return DownloadResponses.unavailable();
        }
        final String path =
                ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
        return figures.map(found -> DownloadResponses.csv(path, filename, table.apply(found)))
                .orElseGet(() -> DownloadResponses.problem(HttpStatus.NOT_FOUND, noLiveEvents));
    }
}
