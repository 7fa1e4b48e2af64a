package org.recoverytracker.ingest.reading;

/**
 * How a request names an event's fields in error reports: JSON bodies by path
 * ({@code employer.name}), CSV bodies by column ({@code employerName}).
 */
@FunctionalInterface
public interface FieldNames {

    FieldNames JSON = path -> path;

    String nameOf(String jsonPath);
}
