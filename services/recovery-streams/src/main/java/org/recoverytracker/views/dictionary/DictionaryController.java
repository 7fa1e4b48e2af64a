package org.recoverytracker.views.dictionary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    /** The CSV's columns: a row per field, then a row per measure (whose record is empty). */
    static final String[] CSV_COLUMNS = {
        "kind", "record", "field", "label", "type", "unit", "required", "meaning", "constraints", "addedInVersion"
    };

    @GetMapping(path = "/v1/dictionary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every field of the records partners send and every measure the views answer")
    DataDictionary.Entries dictionary() {
        return DataDictionary.entries();
    }

    @GetMapping("/downloads/dictionary.csv")
    @Operation(summary = "The data dictionary as CSV: a row per field, then a row per measure")
    ResponseEntity<String> csv() {
        final StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS).get())) {
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
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("dictionary.csv")
                                .build()
                                .toString())
                .body(out.toString());
    }
}
