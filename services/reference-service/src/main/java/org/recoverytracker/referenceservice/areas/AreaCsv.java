package org.recoverytracker.referenceservice.areas;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.ingest.problems.RowError;
import org.recoverytracker.ingest.reading.CsvEventItems;
import org.recoverytracker.ingest.reading.EventItems;
import org.recoverytracker.referenceservice.writing.ReferenceWrites.Converted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Areas as CSV, one row per member: {@code areaId,name,visibility,place,from,to}. The rows of an
 * area need not be next to each other; its name and visibility are given on at least one of its
 * rows (the others may leave them empty, but may not say otherwise). Each area becomes one request,
 * whose problems are reported at its first row.
 */
final class AreaCsv {

    private static final List<String> COLUMNS = List.of("areaId", "name", "visibility", "place", "from", "to");

    private AreaCsv() {}

    static Converted convert(byte[] body, Charset charset, int maxRows) {
        final List<Map<String, String>> rows = CsvEventItems.rows(body, charset, maxRows);
        final Map<String, ObjectNode> areas = new LinkedHashMap<>();
        final Map<String, Integer> firstRow = new LinkedHashMap<>();
        final List<RowError> errors = new ArrayList<>();
        final List<JsonNode> withoutId = new ArrayList<>();
        final List<Integer> withoutIdRows = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            final Map<String, String> cells = rows.get(row);
            if (row == 0) {
                cells.keySet().stream()
                        .filter(column -> !COLUMNS.contains(column))
                        .forEach(column -> errors.add(new RowError(
                                0,
                                column,
                                "is not a column of an area's CSV; the columns are " + String.join(", ", COLUMNS))));
            }
            final String areaId = cell(cells, "areaId");
            final ObjectNode area;
            if (areaId == null) {
                area = JsonNodeFactory.instance.objectNode();
                withoutId.add(area);
                withoutIdRows.add(row);
            } else {
                firstRow.putIfAbsent(areaId, row);
                area = areas.computeIfAbsent(
                        areaId, id -> JsonNodeFactory.instance.objectNode().put("areaId", id));
            }
            for (String field : List.of("name", "visibility")) {
                agree(area, field, cell(cells, field), row, errors);
            }
            final ObjectNode member =
                    (area.get("members") == null ? area.putArray("members") : area.withArray("members")).addObject();
            for (String field : List.of("place", "from", "to")) {
                final String value = cell(cells, field);
                if (value != null) {
                    member.put(field, value);
                }
            }
        }
        final List<JsonNode> items = new ArrayList<>(areas.values());
        final List<Integer> rowOf = new ArrayList<>(firstRow.values());
        items.addAll(withoutId);
        rowOf.addAll(withoutIdRows);
        return new Converted(new EventItems(items, errors, path -> path), at -> rowOf.get(at), 0);
    }

    /** Sets an area's field from a row, or reports the row when it says otherwise than an earlier one. */
    private static void agree(ObjectNode area, String field, String value, int row, List<RowError> errors) {
        if (value == null) {
            return;
        }
        final JsonNode earlier = area.get(field);
        if (earlier == null) {
            area.put(field, value);
        } else if (!earlier.asString().equals(value)) {
            errors.add(new RowError(
                    row,
                    field,
                    "is '" + value + "' but an earlier row of area '"
                            + area.path("areaId").asString() + "' says '" + earlier.asString() + "'"));
        }
    }

    private static String cell(Map<String, String> cells, String column) {
        final String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
