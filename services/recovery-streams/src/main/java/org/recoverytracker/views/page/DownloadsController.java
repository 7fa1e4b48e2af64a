package org.recoverytracker.views.page;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.apache.commons.csv.CSVFormat;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures behind each table of the dashboard as CSV, for spreadsheets: built from the Views
 * API's JSON, with the API's field names as column names and money in pence as the API gives it,
 * so a downloaded figure can be traced back to the API call it came from.
 */
@RestController
@Tag(name = "Downloads", description = "The Views API's figures as CSV files, for spreadsheets")
class DownloadsController {

    /** RFC 4180 CSV, as Excel and LibreOffice read it. */
    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private static final String DEFAULT_RETRY_AFTER = "2";
    private static final ReferenceData UK = ReferenceData.uk();

    private final ViewsApiClient api;

    DownloadsController(ViewsApiClient api) {
        this.api = api;
    }

    @GetMapping("/downloads/uk.csv")
    @Operation(summary = "The UK's figures: a first row for all sectors, then one row per sector (GET /v1/uk)")
    ResponseEntity<String> uk() {
        return csv(api.uk(), "uk.csv", CsvTables::area);
    }

    @GetMapping("/downloads/regions/{region}.csv")
    @Operation(summary = "A region's figures: all sectors, then one row per sector (GET /v1/regions/{region})")
    ResponseEntity<String> region(@Parameter(description = "ITL1 code, such as TLI") @PathVariable String region) {
        if (!Codes.isRegionCode(region) || UK.region(region).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "'" + region + "' is not an ITL1 region code, TLC to TLN.", null);
        }
        return csv(api.region(region), region + ".csv", CsvTables::area);
    }

    @GetMapping("/downloads/places.csv")
    @Operation(summary = "Every place with live events, one row each (GET /v1/places)")
    ResponseEntity<String> places() {
        return csv(api.places(), "places.csv", CsvTables::places);
    }

    @GetMapping("/downloads/places/{place}.csv")
    @Operation(summary = "A place's figures: all sectors, then one row per sector (GET /v1/places/{place})")
    ResponseEntity<String> place(@Parameter(description = "ONS GSS code, such as E09000018") @PathVariable String place) {
        if (!Codes.isPlaceCode(place)) {
            return problem(HttpStatus.BAD_REQUEST, "'" + place + "' is not an ONS GSS code of a local authority district, like E09000018.", null);
        }
        return csv(api.place(place), place + ".csv", CsvTables::area);
    }

    @GetMapping("/downloads/uk/weekly.csv")
    @Operation(summary = "The UK week by week (GET /v1/uk/weekly)")
    ResponseEntity<String> ukWeeks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv(api.ukWeeks(new ViewsApiClient.WeekRange(from, to)), "uk-weekly.csv",
                weeks -> CsvTables.weeks(AreaFigures.UK_CODE, PlaceChooser.UK_NAME, weeks));
    }

    @GetMapping("/downloads/regions/{region}/weekly.csv")
    @Operation(summary = "A region week by week (GET /v1/regions/{region}/weekly)")
    ResponseEntity<String> regionWeeks(@PathVariable String region,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!Codes.isRegionCode(region) || UK.region(region).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "'" + region + "' is not an ITL1 region code, TLC to TLN.", null);
        }
        final String name = UK.region(region).map(Region::name).orElseThrow();
        return csv(api.regionWeeks(region, new ViewsApiClient.WeekRange(from, to)), region + "-weekly.csv",
                weeks -> CsvTables.weeks(region, name, weeks));
    }

    @GetMapping("/downloads/places/{place}/weekly.csv")
    @Operation(summary = "A place week by week (GET /v1/places/{place}/weekly)")
    ResponseEntity<String> placeWeeks(@PathVariable String place,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!Codes.isPlaceCode(place)) {
            return problem(HttpStatus.BAD_REQUEST, "'" + place + "' is not an ONS GSS code of a local authority district, like E09000018.", null);
        }
        final String name = UK.place(place).map(known -> known.name()).orElse(place);
        return csv(api.placeWeeks(place, new ViewsApiClient.WeekRange(from, to)), place + "-weekly.csv",
                weeks -> CsvTables.weeks(place, name, weeks));
    }

    /** The figures as a CSV attachment, or the API's 404, 400 or 503 passed on as plain text. */
    private static <T> ResponseEntity<String> csv(Fetched<T> fetched, String filename, Function<T, List<List<String>>> table) {
        return switch (fetched.outcome()) {
            case FOUND -> ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                    .body(write(table.apply(fetched.value())));
            case NO_LIVE_EVENTS -> problem(HttpStatus.NOT_FOUND, fetched.detail(), null);
            case MALFORMED -> problem(HttpStatus.BAD_REQUEST, fetched.detail(), null);
            case UNAVAILABLE -> problem(HttpStatus.SERVICE_UNAVAILABLE, "The figures are being moved between servers. Try again in a moment.",
                    fetched.retryAfter() == null ? DEFAULT_RETRY_AFTER : fetched.retryAfter());
        };
    }

    private static ResponseEntity<String> problem(HttpStatus status, String detail, String retryAfter) {
        final ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.body(detail + "\n");
    }

    /** RFC 4180: quoted where needed by commons-csv, each record ended by CRLF. */
    private static String write(List<List<String>> rows) {
        return rows.stream()
                .map(row -> CSVFormat.RFC4180.format(row.toArray()))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }
}
