package org.recoverytracker.views.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.recoverytracker.dashboard.downloads.DownloadResponses;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.giving.GivingPackage;
import org.recoverytracker.views.giving.PartnerGrants;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's grants as open data in the 360Giving standard: the one place the open views name
 * organisations, and only registered companies ({@link GivingPackage}).
 */
@RestController
class GivingExportController {

    private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final String PATH = "/open/v1/360giving/{partner}";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PartnerGrants grants;
    private final PartnerDirectory partners;

    GivingExportController(PartnerGrants grants, PartnerDirectory partners) {
        this.grants = grants;
        this.partners = partners;
    }

    @GetMapping(path = PATH + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(@PathVariable String partner) {
        return packageOf(partner).json();
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<String> csv(@PathVariable String partner, HttpServletRequest request) {
        return DownloadResponses.csv(
                request.getRequestURI(),
                partner + "-360giving.csv",
                packageOf(partner).csvRows());
    }

    @GetMapping(PATH + ".csv" + CsvwMetadata.SUFFIX)
    ResponseEntity<Map<String, Object>> csvMetadata(@PathVariable String partner) {
        checkPartner(partner);
        final Map<String, Object> description = CsvwMetadata.describe(
                partner + ".csv",
                "Grants reported to Recovery Tracker by " + partner + " (360Giving)",
                GivingPackage.CSV_COLUMNS,
                List.of("Identifier"));
        return DownloadResponses.description(CsvwMetadata.attributedTo(description, List.of(partner)));
    }

    private GivingPackage packageOf(String partner) {
        checkPartner(partner);
        final GivingPackage grantsOf = GivingPackage.of(partner, grants.of(partner), LocalDate.now(UK));
        if (grantsOf.published().isEmpty()) {
            throw new NoLiveEventsException(
                    "Partner " + partner + " has no grants to publish. " + grantsOf.description());
        }
        return grantsOf;
    }

    private void checkPartner(String partner) {
        if (!PARTNER_ID.matcher(partner).matches()) {
            throw new MalformedCodeException("'" + partner + "' is not a partner id, like hounslow-council.");
        }
        if (partners.byId(partner).isEmpty()) {
            throw new NoLiveEventsException("There is no partner " + partner + ".");
        }
    }
}
