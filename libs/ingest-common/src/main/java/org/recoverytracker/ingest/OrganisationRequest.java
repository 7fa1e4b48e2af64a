package org.recoverytracker.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.recoverytracker.events.Organisation;

/** An employer, recipient or organisation as a partner posts it. */
public class OrganisationRequest {

    @NotNull
    @Schema(
            description = "Name of the organisation, 1 to 200 characters.",
            example = "Heathrow Airline Services Ltd",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private String name;

    @Schema(description = "Companies House number, 8 capital letters or digits, when known.", example = "01234567")
    private String companyNumber;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public void setCompanyNumber(String companyNumber) {
        this.companyNumber = companyNumber;
    }

    Organisation toAvro() {
        return Organisation.newBuilder()
                .setName(name)
                .setCompanyNumber(companyNumber)
                .build();
    }
}
