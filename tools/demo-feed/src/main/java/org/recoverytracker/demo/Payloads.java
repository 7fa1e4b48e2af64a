package org.recoverytracker.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoverytracker.demo.Step.Identified;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Request bodies in the contract's three shapes: one JSON event (PUT), a JSON array of events with
 * their ids, and a CSV file with a header row, whose columns are the JSON field names with the
 * organisation flattened ({@code employer.name} becomes {@code employerName}).
 */
final class Payloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private Payloads() {}

    /** The body of a PUT: the event without its id, which is in the path. */
    static String json(DemoEvent event) {
        return JSON.writeValueAsString(event.fields());
    }

    /** The body of a JSON batch: an array of events, each with its eventId. */
    static String jsonBatch(List<Identified> events) {
        final List<Map<String, Object>> items = new ArrayList<>(events.size());
        for (Identified item : events) {
            final Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("eventId", item.eventId());
            fields.putAll(item.event().fields());
            items.add(fields);
        }
        return JSON.writeValueAsString(items);
    }

    /** The body of a CSV batch: a header row, then one row per event (RFC 4180 quoting); a missing field is an empty cell. */
    static String csvBatch(List<Identified> events) {
        final List<Map<String, String>> rows = new ArrayList<>(events.size());
        final Set<String> columns = new LinkedHashSet<>();
        for (Identified item : events) {
            final Map<String, String> row = new LinkedHashMap<>();
            row.put("eventId", item.eventId());
            flatten("", item.event().fields(), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        final CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return CSV.writer(schema.build()).writeValueAsString(rows);
    }

    /** {@code {"employer": {"name": "X"}}} becomes the column {@code employerName}. */
    private static void flatten(String prefix, Map<String, Object> fields, Map<String, String> row) {
        fields.forEach((name, value) -> {
            final String column =
                    prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (value instanceof Map<?, ?> nested) {
                final Map<String, Object> nestedFields = new LinkedHashMap<>();
                nested.forEach((key, nestedValue) -> nestedFields.put(String.valueOf(key), nestedValue));
                flatten(column, nestedFields, row);
            } else {
                row.put(column, String.valueOf(value));
            }
        });
    }
}
