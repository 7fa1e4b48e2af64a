package org.recoverytracker.ingest.reading;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.problems.RowError;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV body (RFC 4180, a header row, then one event per row) into the JSON shape of events,
 * so CSV and JSON share one binding and validation. Columns are the JSON field names, with the
 * organisation's fields flattened ({@code employerName} for {@code employer.name}); empty cells
 * are absent fields.
 */
public final class CsvEventItems {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * How CSV bodies are read: RFC 4180, a header row, surrounding spaces and empty lines ignored.
     * Public so that other readers of CSV bodies (the 360Giving import) start from the same format.
     */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private CsvEventItems() {}

    /** The charset a body's content type declares, UTF-8 when it declares none. */
    public static Charset charsetOf(MediaType contentType) {
        return contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
    }

    public static EventItems batch(byte[] body, Charset charset, String organisationField, int maxEvents) {
        final CsvColumns columns = new CsvColumns(organisationField);
        try (CSVParser parser = parse(body, charset)) {
            final List<String> header = parser.getHeaderNames();
            final List<JsonNode> items = new ArrayList<>();
            final List<RowError> readErrors = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (items.size() == maxEvents) {
                    throw BatchLimits.tooManyEvents(maxEvents + 1, maxEvents);
                }
                if (!row.isConsistent()) {
                    readErrors.add(new RowError(
                            items.size(),
                            "",
                            "has " + row.size() + " cells, but the header has " + header.size() + " columns (CSV line "
                                    + row.getParser().getCurrentLineNumber() + ")"));
                }
                items.add(toEvent(row.toMap(), columns));
            }
            return new EventItems(items, readErrors, columns::columnOf);
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw RejectedRequestException.malformed("The body is not valid CSV with a header row: " + e.getMessage());
        }
    }

    /**
     * The rows of a CSV body with a header row, each as its column → cell map, for bodies in shapes
     * of their own (such as a statistics service's export) that a caller turns into records itself.
     *
     * @throws RejectedRequestException 400 when the body is not CSV with a header row, 413 beyond maxRows
     */
    public static List<Map<String, String>> rows(byte[] body, Charset charset, int maxRows) {
        try (CSVParser parser = parse(body, charset)) {
            final List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (rows.size() == maxRows) {
                    throw BatchLimits.tooManyEvents(maxRows + 1, maxRows);
                }
                rows.add(row.toMap());
            }
            return rows;
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw RejectedRequestException.malformed("The body is not valid CSV with a header row: " + e.getMessage());
        }
    }

    private static CSVParser parse(byte[] body, Charset charset) throws IOException {
        if (body.length == 0) {
            throw RejectedRequestException.malformed("The body is empty; expected CSV with a header row.");
        }
        return FORMAT.parse(reader(body, charset));
    }

    /**
     * A CSV body as text, past the byte order mark spreadsheets often save UTF-8 CSV with, which is
     * not part of the header. Public for other readers of CSV bodies (the 360Giving import).
     */
    public static Reader reader(byte[] body, Charset charset) throws IOException {
        final Reader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    private static ObjectNode toEvent(Map<String, String> cells, CsvColumns columns) {
        final ObjectNode event = JsonNodeFactory.instance.objectNode();
        cells.forEach((column, value) -> {
            if (value != null && !value.isEmpty()) {
                columns.put(event, column, value);
            }
        });
        return event;
    }
}
