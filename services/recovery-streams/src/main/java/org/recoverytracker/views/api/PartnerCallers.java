package org.recoverytracker.views.api;

import java.util.Optional;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.views.api.ViewProblems.UnauthenticatedException;
import org.springframework.stereotype.Component;

/**
 * Which partner is calling, from its {@code X-API-Key}: for the calls that show more to a partner
 * (the drill-down, event ids in the revision log). A key that is no partner's is a 401, never
 * silently treated as no key.
 */
@Component
class PartnerCallers {

    static final String API_KEY = "X-API-Key";

    private final PartnerDirectory partners;

    PartnerCallers(PartnerDirectory partners) {
        this.partners = partners;
    }

    /** The calling partner; a 401 without a key. */
    Partner required(String apiKey, String why) {
        return optional(apiKey).orElseThrow(() -> unauthenticated(why + ": send your API key in " + API_KEY + "."));
    }

    /** The calling partner, or empty for a call without a key. */
    Optional<Partner> optional(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(partners.byApiKey(apiKey)
                .orElseThrow(() -> unauthenticated("The API key in " + API_KEY + " is not a partner's.")));
    }

    private static UnauthenticatedException unauthenticated(String detail) {
        return new UnauthenticatedException(detail, "ApiKey header=\"" + API_KEY + "\"");
    }
}
