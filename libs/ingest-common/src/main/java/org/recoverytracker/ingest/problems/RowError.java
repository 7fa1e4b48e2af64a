package org.recoverytracker.ingest.problems;

/**
 * One thing wrong with one event of a request.
 *
 * @param index the 0-based item of a JSON array or data row of a CSV body (the header not
 *              counted); 0 for a single event
 * @param field the JSON field, or for a CSV body the column, e.g. {@code employer.name} or
 *              {@code employerName}; empty when the problem is the item as a whole
 * @param message what is wrong and what would be right
 */
public record RowError(int index, String field, String message) {

    /** Field names come from the request and messages may quote it: both are cut to these lengths. */
    static final int MAX_FIELD_CHARS = 100;

    static final int MAX_MESSAGE_CHARS = 500;

    public RowError {
        field = shortened(field, MAX_FIELD_CHARS);
        message = shortened(message, MAX_MESSAGE_CHARS);
    }

    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
