package org.recoverytracker.ingest.businesssupport.giving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer to an import: how many grants were published as events, and which were skipped and
 * why (only with {@code ?skipInvalid=true}; otherwise an import is all or nothing and this list is
 * empty).
 */
@Schema(name = "GivingImportStatus", description = "What an accepted 360Giving import published.")
public record ImportStatus(
        @Schema(description = "Grants published as events.", example = "41")
        int accepted,

        @Schema(description = "Grants not imported (only with skipInvalid=true), each with the reason.")
        List<Skipped> skipped) {

    public ImportStatus {
        skipped = List.copyOf(skipped);
    }

    /**
     * A grant skipped, and why.
     *
     * @param index the 0-based grant of the package, or CSV data row
     * @param id the grant's 360Giving id, or null when it has none
     * @param reason every problem of the grant, "field: message", separated by "; "
     */
    @Schema(name = "SkippedGrant")
    public record Skipped(
            @Schema(description = "0-based grant of the package, or CSV data row.")
            int index,

            @Schema(description = "The grant's 360Giving id.", example = "360G-ExampleTrust-0042")
            String id,

            @Schema(description = "Why it was not imported.")
            String reason) {}
}
