package org.recoverytracker.views.topology;

import java.time.LocalDate;

/**
 * Where the version of an event that counts came from, and what it was: everything a figure's
 * provenance and drill-down show about it.
 *
 * @param event the identity and version
 * @param receivedAt when Recovery Tracker accepted it (the {@code receivedAt} an ingest service or
 *                   the gate set, never the partner), epoch millis
 * @param schemaVersion the writer schema's number in the record's schema history, 0 for a schema
 *                      this build has not released (a newer build's, during an upgrade)
 * @param topic the event topic of the record, with its partition and offset
 * @param valueSha256 hex SHA-256 of the record's value, as stored on the event topic
 * @param contentSha256 hex SHA-256 of the event without its {@code receivedAt}, in the current
 *                      schema: the same for a resent copy of the same event, so a duplicate is
 *                      recognised even though it was received at another time
 * @param organisation the name of the employer, recipient or organisation
 * @param companyNumber its Companies House number, or null
 * @param postedPlace the district code the event was posted with, when it has since ended and the
 *                    event counts in the district that holds its area today; null otherwise
 */
public record EventProvenance(
        EventRef event,
        long receivedAt,
        int schemaVersion,
        String topic,
        int partition,
        long offset,
        String valueSha256,
        String contentSha256,
        LocalDate occurredOn,
        String organisation,
        String companyNumber,
        String postedPlace) {

    EventProvenance withVersion(int version) {
        return new EventProvenance(
                event.withVersion(version),
                receivedAt,
                schemaVersion,
                topic,
                partition,
                offset,
                valueSha256,
                contentSha256,
                occurredOn,
                organisation,
                companyNumber,
                postedPlace);
    }
}
