package org.recoverytracker.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.recoverytracker.events.Organisation;

/** An employer, recipient or organisation as a partner posts it. */
@BoundByFields
public class OrganisationRequest {

    @NotNull
    @Schema(
            description = "Name of the organisation, 1 to 200 characters.",
            example = "Heathrow Airline Services Ltd",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private String name;

    @Schema(description = "Companies House number, 8 capital letters or digits, when known.", example = "01234567")
    private String companyNumber;

    /** An organisation as a partner's JSON or CSV gives it: bound field by field. */
    OrganisationRequest() {}

    public OrganisationRequest(String name, String companyNumber) {
        this.name = name;
        this.companyNumber = companyNumber;
    }

    Organisation toAvro() {
        return Organisation.newBuilder()
                .setName(name)
                .setCompanyNumber(companyNumber)
                .build();
    }
}
