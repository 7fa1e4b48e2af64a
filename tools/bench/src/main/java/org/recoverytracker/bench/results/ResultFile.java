package org.recoverytracker.bench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON files the steps leave for the report: one per step, written whole (to a temporary file,
 * then renamed), so that a step that fails half-way leaves no half-written figures behind.
 */
public final class ResultFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultFile() {}

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static void write(Path file, JsonNode content) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            final Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The content of a step's file, or a missing node when the step did not run. */
    public static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return JSON.missingNode();
        }
        return JSON.readTree(file);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }
}
