package org.recoverytracker.ingest.businesssupport.giving;

/**
 * One reason a grant of a package can't be imported. Rendered in the 422 as the ingest API's
 * errors are ({@code index}, {@code field}, {@code message}), plus the grant's own {@code id}.
 *
 * @param index the 0-based grant of the package's {@code grants}, or CSV data row
 * @param id the grant's 360Giving id as the package gives it, or null when it has none
 * @param field the JSON path or CSV title of what is wrong; empty for the grant as a whole
 * @param message what is wrong and what would be right
 */
record GrantProblem(int index, String id, String field, String message) {

    /** Ids, fields and messages come from the package or quote it: each is cut to a length. */
    static final int MAX_ID_CHARS = 200;

    static final int MAX_FIELD_CHARS = 100;
    static final int MAX_MESSAGE_CHARS = 500;

    GrantProblem {
        id = shortened(id, MAX_ID_CHARS);
        field = shortened(field, MAX_FIELD_CHARS);
        message = shortened(message, MAX_MESSAGE_CHARS);
    }

    static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
