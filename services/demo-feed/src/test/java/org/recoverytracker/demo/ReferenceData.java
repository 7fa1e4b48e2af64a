package org.recoverytracker.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The project's real reference data (SIC 2007 divisions, UK local authority districts), read from
 * the reference-data module's sources, so the story is checked against the same lists the services
 * validate with, without the feed depending on any service code.
 */
final class ReferenceData {

    private static final Path DIRECTORY = Path.of("..", "reference-data", "src", "main", "resources", "org",
            "recoverytracker", "reference");

    private ReferenceData() {
    }

    /** SIC 2007 division (2 digits) → section letter. */
    static Map<String, String> sicDivisions() {
        return column("sic2007-divisions.csv", "code", "section");
    }

    /** GSS code → name of every UK local authority district. */
    static Map<String, String> places() {
        return column("uk-local-authorities.csv", "code", "name");
    }

    private static Map<String, String> column(String file, String key, String value) {
        final Path path = DIRECTORY.resolve(file);
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("Reference data not found at " + path.toAbsolutePath()
                    + "; run the tests from the demo-feed module directory");
        }
        final Map<String, String> rows = new HashMap<>();
        try (MappingIterator<Map<String, String>> reader = CsvMapper.builder().build()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(path.toFile())) {
            reader.forEachRemaining(row -> rows.put(row.get(key), row.get(value)));
        }
        return rows;
    }
}
