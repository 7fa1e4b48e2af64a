package org.recoverytracker.views.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.views.query.CellProvenance;
import org.recoverytracker.views.topology.Contribution;
import org.recoverytracker.views.topology.EventProvenance;
import org.recoverytracker.views.topology.Measures;

/** The JSON shapes of a figure's provenance and drill-down. */
final class ProvenanceResponses {

    private ProvenanceResponses() {}

    /** {@code GET /v1/places/{place}/sectors/{sector}/provenance}: public, names no event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Provenance(
            String place,
            String sector,
            LocalDate week,
            long events,
            List<CellProvenance.PartnerEvents> partners,
            List<CellProvenance.SchemaVersion> schemaVersions,
            Instant firstReceivedAt,
            Instant lastReceivedAt,
            String digest) {

        static Provenance of(String place, String sector, LocalDate week, CellProvenance provenance) {
            return new Provenance(
                    place,
                    sector,
                    week,
                    provenance.events(),
                    provenance.partners(),
                    provenance.schemaVersions(),
                    provenance.firstReceivedAt(),
                    provenance.lastReceivedAt(),
                    provenance.digest());
        }
    }

    /**
     * {@code GET /v1/places/{place}/sectors/{sector}/events}: the rows the caller may see, and
     * the other partners' events as counts only.
     *
     * @param otherPartners events per partner and kind whose rows are not shown to this caller
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventsPage(
            String place,
            String sector,
            LocalDate week,
            List<EventRow> events,
            List<CellProvenance.PartnerEvents> otherPartners,
            String nextCursor) {}

    /**
     * One live event behind a figure: what it adds to each measure, and where it came from.
     * {@code postedPlace} is the district code it was posted with, shown only when that code has
     * since ended and the event counts in the district that holds its area today.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventRow(
            String partner,
            String kind,
            String eventId,
            int version,
            Instant receivedAt,
            LocalDate occurredOn,
            LocalDate weekStart,
            @JsonUnwrapped Measures measures,
            Schema schema,
            Source source,
            String valueSha256,
            String postedPlace,
            Organisation organisation) {

        /** A row, with the organisation only when {@code named} (the caller's own event). */
        static EventRow of(Contribution counted, boolean named) {
            final EventProvenance provenance = counted.provenance();
            return new EventRow(
                    provenance.event().partner(),
                    provenance.event().kind().id(),
                    provenance.event().eventId(),
                    provenance.event().version(),
                    Instant.ofEpochMilli(provenance.receivedAt()),
                    provenance.occurredOn(),
                    counted.weekStart(),
                    counted.measures(),
                    new Schema(provenance.event().kind().recordClass().getName(), provenance.schemaVersion()),
                    new Source(provenance.topic(), provenance.partition(), provenance.offset()),
                    provenance.valueSha256(),
                    provenance.postedPlace(),
                    named ? new Organisation(provenance.organisation(), provenance.companyNumber()) : null);
        }
    }

    /** The writer schema of the version that counts: its number in the record's schema history. */
    record Schema(String record, int version) {}

    /** The event-topic record of the version that counts. */
    record Source(String topic, int partition, long offset) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organisation(String name, String companyNumber) {}
}
