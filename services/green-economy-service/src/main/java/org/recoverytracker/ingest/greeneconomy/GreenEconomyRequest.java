package org.recoverytracker.ingest.greeneconomy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.LowCarbonActivity;
import org.recoverytracker.ingest.EventEnvelope;
import org.recoverytracker.ingest.EventRequest;
import org.recoverytracker.ingest.OrganisationRequest;

/**
 * A green-economy event as a partner posts it: green jobs and investment by an organisation in a
 * low-carbon activity. CSV columns: the common ones, then {@code organisationName},
 * {@code organisationCompanyNumber}, {@code activity}, {@code jobsCreated}, {@code investmentPence}.
 */
@Schema(name = "GreenEconomy", description = "Green jobs and investment by an organisation in a low-carbon activity.")
public class GreenEconomyRequest extends EventRequest<GreenEconomyEvent> {

    @NotNull
    @Valid
    @Schema(
            description = "The organisation creating the jobs or making the investment.",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private OrganisationRequest organisation;

    @NotNull
    @Schema(
            description = "The low-carbon activity: one of the six groups of the ONS Low Carbon and Renewable "
                    + "Energy Economy survey. LOW_CARBON_SERVICES covers financial and advisory services; "
                    + "LOW_EMISSION_VEHICLES includes their infrastructure, fuel cells and energy storage.",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private LowCarbonActivity activity;

    @NotNull
    @Schema(
            description = "Green jobs created.",
            minimum = "0",
            example = "40",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private Integer jobsCreated;

    @NotNull
    @Schema(
            description = "Investment, in pence (at most £100 billion).",
            minimum = "0",
            maximum = "10000000000000",
            example = "120000000",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private Long investmentPence;

    @Override
    public GreenEconomyEvent toEvent(EventEnvelope envelope) {
        final GreenEconomyEvent event = withCommonFields(new GreenEconomyEvent(), envelope);
        event.setOrganisation(toAvro(organisation));
        event.setActivity(activity);
        event.setJobsCreated(jobsCreated);
        event.setInvestmentPence(investmentPence);
        return event;
    }
}
