package org.recoverytracker.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apache.avro.specific.SpecificRecordBase;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.schemas.CommonEventFields;

/**
 * The fields every kind of event has, as a partner posts them (JSON, or CSV columns of the same
 * names). Each ingest service extends it with its kind's fields and the mapping to its Avro record.
 *
 * <p>Requests are {@link BoundByFields}, the kinds' subclasses too (the annotation is inherited by
 * Jackson's rules): they have no getters or setters, and their one use is {@link #toEvent}.
 *
 * <p>Only presence is checked here (Bean Validation {@code @NotNull}); the contract's content
 * rules are checked on the Avro record by {@code event-rules}, the same rules the streams service
 * applies to records produced straight to Kafka.
 *
 * @param <T> the kind's Avro record
 */
@BoundByFields
public abstract class EventRequest<T extends SpecificRecordBase> {

    @Schema(
            description = "The partner's own id for the event: 1 to 64 characters of [A-Za-z0-9._:-]. "
                    + "Required in a batch; in a PUT it is taken from the path and, if given here too, must match it.",
            example = "hr1-2020-0412")
    private String eventId;

    @NotNull
    @Schema(
            description = "ONS GSS code of the UK local authority district where it happened: a current district,"
                    + " or one that has since ended but was live on occurredOn (the event then counts in the district"
                    + " that holds its area today: Harrogate, E07000165, on 2022-06-01 counts in North Yorkshire,"
                    + " E06000065). A code not live on occurredOn is refused with the code to use.",
            example = "E09000018",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private String place;

    @Schema(
            description =
                    "UK SIC 2007 division, 2 digits, optionally with more digits. Give sicCode, sector or both (they must agree).",
            example = "51.10")
    private String sicCode;

    @Schema(description = "UK SIC 2007 section, A to U. Derived from sicCode when absent.", example = "H")
    private SicSection sector;

    @NotNull
    @Schema(
            description =
                    "ISO date the thing happened (notified, awarded, created); not in the future, not before 2000-01-01.",
            example = "2020-04-14",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private LocalDate occurredOn;

    /** An event as a partner's JSON or CSV gives it: bound field by field. */
    protected EventRequest() {}

    /** An event made from another format (a 360Giving grant), which has no event id of its own. */
    protected EventRequest(String place, String sicCode, SicSection sector, LocalDate occurredOn) {
        this.place = place;
        this.sicCode = sicCode;
        this.sector = sector;
        this.occurredOn = occurredOn;
    }

    /** The event id the body gives, if any (a PUT takes it from its path). */
    public String eventId() {
        return eventId;
    }

    /** The Avro record of this event, with Recovery Tracker's envelope. */
    public abstract T toEvent(EventEnvelope envelope);

    /** Fills the envelope and the common fields of a new record of the kind. */
    protected final <R extends SpecificRecordBase> R withCommonFields(R record, EventEnvelope envelope) {
        record.put(CommonEventFields.EVENT_ID, envelope.eventId());
        record.put(CommonEventFields.PARTNER, envelope.partner());
        record.put(CommonEventFields.RECEIVED_AT, envelope.receivedAt());
        record.put(CommonEventFields.PLACE, place);
        record.put(CommonEventFields.SIC_CODE, sicCode);
        record.put(CommonEventFields.SECTOR, sector);
        record.put(CommonEventFields.OCCURRED_ON, occurredOn);
        return record;
    }

    protected static Organisation toAvro(OrganisationRequest organisation) {
        return organisation.toAvro();
    }
}
