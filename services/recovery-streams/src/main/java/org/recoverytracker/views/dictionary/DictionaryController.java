package org.recoverytracker.views.dictionary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data dictionary as JSON ({@code GET /v1/dictionary}) and as CSV ({@code /downloads/dictionary.csv}). */
@RestController
@Tag(name = "Data dictionary", description = "Every field and measure, with its meaning, type and constraints")
class DictionaryController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final String CSV_PATH = "/downloads/dictionary.csv";

    /** The CSV's columns: a row per field, then a row per measure (whose record is empty). */
    static final List<CsvwMetadata.Column> CSV_COLUMNS = List.of(
            new CsvwMetadata.Column("kind", "Kind", "string", "field, or measure."),
            new CsvwMetadata.Column(
                    "record", "Record", "string", "The record the field belongs to; empty for a measure."),
            new CsvwMetadata.Column(
                    "field", "Field", "string", "The field's dotted path, or the measure's name in the Views API."),
            new CsvwMetadata.Column("label", "Label", "string", "A measure's label on the dashboard."),
            new CsvwMetadata.Column("type", "Type", "string", "The value's type as JSON gives it."),
            new CsvwMetadata.Column("unit", "Unit", "string", "What a measure counts."),
            new CsvwMetadata.Column("required", "Required", "string", "Whether a field must be given: true or false."),
            new CsvwMetadata.Column("meaning", "Meaning", "string", "What the field or measure means."),
            new CsvwMetadata.Column("constraints", "Constraints", "string", "What the event rules ask of the field."),
            new CsvwMetadata.Column(
                    "addedInVersion",
                    "Added in version",
                    "string",
                    "The first released version of the record's schema with the field."));

    @GetMapping(path = "/v1/dictionary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every field of the records partners send and every measure the views answer")
    DataDictionary.Entries dictionary() {
        return DataDictionary.entries();
    }

    @GetMapping(CSV_PATH + CsvwMetadata.SUFFIX)
    @Operation(summary = "The CSV on the Web description of /downloads/dictionary.csv")
    ResponseEntity<Map<String, Object>> csvMetadata() {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "csvm+json", StandardCharsets.UTF_8))
                .body(CsvwMetadata.describe(
                        "dictionary.csv",
                        "Recovery Tracker's data dictionary",
                        CSV_COLUMNS,
                        List.of("kind", "record", "field")));
    }

    @GetMapping(CSV_PATH)
    @Operation(summary = "The data dictionary as CSV: a row per field, then a row per measure")
    ResponseEntity<String> csv() {
        final StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(CSV_COLUMNS.stream()
                                .map(CsvwMetadata.Column::name)
                                .toArray(String[]::new))
                        .get())) {
            for (DataDictionary.FieldEntry field : DataDictionary.entries().fields()) {
                printer.printRecord(
                        "field",
                        field.record(),
                        field.field(),
                        "",
                        field.type(),
                        "",
                        field.required(),
                        field.meaning(),
                        field.constraints(),
                        field.addedInVersion());
            }
            for (DataDictionary.MeasureEntry measure : DataDictionary.entries().measures()) {
                printer.printRecord(
                        "measure",
                        "",
                        measure.measure(),
                        measure.label(),
                        measure.type(),
                        measure.unit(),
                        "",
                        measure.meaning(),
                        "",
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.LINK, CsvwMetadata.link(CSV_PATH))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("dictionary.csv")
                                .build()
                                .toString())
                .body(out.toString());
    }
}
