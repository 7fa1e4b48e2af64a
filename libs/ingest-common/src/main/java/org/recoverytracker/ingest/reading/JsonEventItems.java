package org.recoverytracker.ingest.reading;

import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON body: one event object, or an array of them. */
public final class JsonEventItems {

    /** Events are flat but for one nested object: anything deeper is not an event. */
    private static final int MAX_NESTING_DEPTH = 8;

    private static final JsonMapper TREE_READER = treeReader(MAX_NESTING_DEPTH);

    private JsonEventItems() {}

    /**
     * A reader of JSON bodies as trees, refusing nesting deeper than {@code maxNestingDepth} and
     * anything after the value. Public for other readers of JSON bodies (the 360Giving import).
     */
    public static JsonMapper treeReader(int maxNestingDepth) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(maxNestingDepth)
                                .build())
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public static EventItems single(byte[] body) {
        final JsonNode root = parse(body);
        if (!root.isObject()) {
            throw RejectedRequestException.malformed(
                    "Expected a JSON object holding one event, but the body is " + describe(root) + ".");
        }
        return new EventItems(List.of(root), List.of(), FieldNames.JSON);
    }

    public static EventItems batch(byte[] body, int maxEvents) {
        final JsonNode root = parse(body);
        if (!root.isArray()) {
            throw RejectedRequestException.malformed(
                    "Expected a JSON array of events, but the body is " + describe(root) + ".");
        }
        if (root.size() > maxEvents) {
            throw BatchLimits.tooManyEvents(root.size(), maxEvents);
        }
        final List<JsonNode> items = new ArrayList<>(root.size());
        root.forEach(items::add);
        return new EventItems(items, List.of(), FieldNames.JSON);
    }

    private static JsonNode parse(byte[] body) {
        return parse(body, TREE_READER);
    }

    /**
     * Reads a JSON body with a reader of the caller's limits, refusing an empty or malformed one
     * with a 400 that says where. Public for other readers of JSON bodies (the 360Giving import).
     */
    public static JsonNode parse(byte[] body, JsonMapper reader) {
        if (body.length == 0) {
            throw RejectedRequestException.malformed("The body is empty; expected JSON.");
        }
        try {
            return reader.readTree(body);
        } catch (JacksonException e) {
            throw RejectedRequestException.malformed(
                    "The body is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "not a JSON value";
        };
    }
}
