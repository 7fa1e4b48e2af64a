package org.recoverytracker.views.dictionary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.recoverytracker.dashboard.downloads.DownloadResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data dictionary as JSON ({@code GET /v1/dictionary}) and as CSV ({@code /downloads/dictionary.csv}). */
@RestController
@Tag(name = "Data dictionary", description = "Every field and measure, with its meaning, type and constraints")
class DictionaryController {

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
        return DownloadResponses.description(CsvwMetadata.describe(
                "dictionary.csv",
                "Recovery Tracker's data dictionary",
                CSV_COLUMNS,
                List.of("kind", "record", "field")));
    }

    @GetMapping(CSV_PATH)
    @Operation(summary = "The data dictionary as CSV: a row per field, then a row per measure")
    ResponseEntity<String> csv() {
        final List<List<String>> rows = new ArrayList<>();
        rows.add(CSV_COLUMNS.stream().map(CsvwMetadata.Column::name).toList());
        for (DataDictionary.FieldEntry field : DataDictionary.entries().fields()) {
            rows.add(List.of(
                    "field",
                    field.record(),
                    field.field(),
                    "",
                    field.type(),
                    "",
                    Boolean.toString(field.required()),
                    field.meaning(),
                    field.constraints(),
                    Integer.toString(field.addedInVersion())));
        }
        for (DataDictionary.MeasureEntry measure : DataDictionary.entries().measures()) {
            rows.add(List.of(
                    "measure",
                    "",
                    measure.measure(),
                    measure.label(),
                    measure.type(),
                    measure.unit(),
                    "",
                    measure.meaning(),
                    "",
                    ""));
        }
        return DownloadResponses.csv(CSV_PATH, "dictionary.csv", rows);
    }
}
