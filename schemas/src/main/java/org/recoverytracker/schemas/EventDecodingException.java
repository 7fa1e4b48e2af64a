package org.recoverytracker.schemas;

/** The bytes of a record are not a single-object encoded event of any released schema version. */
public class EventDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
