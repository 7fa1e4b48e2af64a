package org.recoverytracker.views.query;

/** A question the views can't answer as asked (a cursor from another listing, say): the caller's to fix. */
public class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
