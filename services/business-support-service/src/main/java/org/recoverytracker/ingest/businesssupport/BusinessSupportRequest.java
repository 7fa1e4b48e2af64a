package org.recoverytracker.ingest.businesssupport;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.ingest.EventEnvelope;
import org.recoverytracker.ingest.EventRequest;
import org.recoverytracker.ingest.OrganisationRequest;

/**
 * A business-support event as a partner posts it: a grant, loan, equity, advice or training award.
 * CSV columns: the common ones, then {@code recipientName}, {@code recipientCompanyNumber},
 * {@code programme}, {@code supportType}, {@code amountPence}, {@code jobsSafeguarded},
 * {@code jobsCreated}.
 */
@Schema(name = "BusinessSupport", description = "A grant, loan, equity, advice or training award to a business.")
public class BusinessSupportRequest extends EventRequest<BusinessSupportEvent> {

    @NotNull
    @Valid
    @Schema(description = "The business that received the support.", requiredMode = Schema.RequiredMode.REQUIRED)
    private OrganisationRequest recipient;

    @NotNull
    @Schema(
            description = "The support programme, 1 to 200 characters.",
            example = "Hounslow Business Recovery Grant",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private String programme;

    @NotNull
    @Schema(description = "The form of the support.", requiredMode = Schema.RequiredMode.REQUIRED)
    private SupportType supportType;

    @NotNull
    @Schema(
            description = "Money awarded, in pence (0 for advice or training; at most £100 billion).",
            minimum = "0",
            maximum = "10000000000000",
            example = "2500000",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private Long amountPence;

    @NotNull
    @Schema(
            description = "Existing jobs the support keeps.",
            minimum = "0",
            example = "8",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private Integer jobsSafeguarded;

    @NotNull
    @Schema(
            description = "New jobs the support creates.",
            minimum = "0",
            example = "2",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private Integer jobsCreated;

    /** A business-support event as a partner's JSON or CSV gives it: bound field by field. */
    BusinessSupportRequest() {}

    private BusinessSupportRequest(String place, String sicCode, SicSection sector, LocalDate occurredOn) {
        super(place, sicCode, sector, occurredOn);
    }

    /** A grant from a 360Giving file: money awarded, and no jobs claimed (grant files say nothing of jobs). */
    public static BusinessSupportRequest grant(
            String place,
            String sicCode,
            SicSection sector,
            LocalDate awardedOn,
            OrganisationRequest recipient,
            String programme,
            Long amountPence) {
        final BusinessSupportRequest grant = new BusinessSupportRequest(place, sicCode, sector, awardedOn);
        grant.recipient = recipient;
        grant.programme = programme;
        grant.supportType = SupportType.GRANT;
        grant.amountPence = amountPence;
        grant.jobsSafeguarded = 0;
        grant.jobsCreated = 0;
        return grant;
    }

    @Override
    public BusinessSupportEvent toEvent(EventEnvelope envelope) {
        final BusinessSupportEvent event = withCommonFields(new BusinessSupportEvent(), envelope);
        event.setRecipient(toAvro(recipient));
        event.setProgramme(programme);
        event.setSupportType(supportType);
        event.setAmountPence(amountPence);
        event.setJobsSafeguarded(jobsSafeguarded);
        event.setJobsCreated(jobsCreated);
        return event;
    }
}
