package org.recoverytracker.ingest.reading;

import java.util.List;
import org.recoverytracker.ingest.problems.RowError;
import tools.jackson.databind.JsonNode;

/**
 * The events of a request body, each still an untyped JSON object, with how the body names fields.
 * CSV rows are turned into the same JSON shape, so JSON and CSV share one binding and validation.
 *
 * @param items one per event, in body order
 * @param readErrors problems found while reading, such as a CSV row with more cells than the
 *                   header; such a row is still an item, so binding reports its other problems
 * @param fieldNames how errors should name fields for this body
 */
public record EventItems(List<JsonNode> items, List<RowError> readErrors, FieldNames fieldNames) {

    public int size() {
        return items.size();
    }
}
