package org.recoverytracker.views.api;

import java.util.Locale;
import java.util.Optional;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.partners.PartnerClaims.RefusedTokenException;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.views.api.ViewProblems.TwoCredentialsException;
import org.recoverytracker.views.api.ViewProblems.UnauthenticatedException;
import org.recoverytracker.views.tokens.BearerTokens;
import org.springframework.stereotype.Component;

/**
 * Which partner is calling, from its {@code X-API-Key} or, when an issuer is configured, a JWT
 * bearer token: for the calls that show more to a partner (the drill-down, event ids in the
 * revision log). A credential that names no partner is a 401, never silently treated as none; so
 * is a bearer token where none are accepted. A call with both is a 400: which partner it is must
 * never depend on which header wins.
 */
@Component
class PartnerCallers {

    static final String API_KEY = "X-API-Key";

    private static final String BEARER = "bearer ";

    private final PartnerDirectory partners;
    private final BearerTokens tokens;

    PartnerCallers(PartnerDirectory partners, BearerTokens tokens) {
        this.partners = partners;
        this.tokens = tokens;
    }

    /** The calling partner; a 401 without a credential. */
    Partner required(String apiKey, String authorization, String why) {
        return optional(apiKey, authorization)
                .orElseThrow(() -> unauthenticated(why
                        + (tokens.accepted()
                                ? ": send your API key in " + API_KEY + ", or a bearer token in Authorization."
                                : ": send your API key in " + API_KEY + ".")));
    }

    /** The calling partner, or empty for a call without a credential. */
    Optional<Partner> optional(String apiKey, String authorization) {
        final boolean hasKey = apiKey != null && !apiKey.isBlank();
        final boolean hasAuthorization = authorization != null && !authorization.isBlank();
        if (hasKey && hasAuthorization) {
            throw new TwoCredentialsException(
                    "Send one credential, " + API_KEY + " or an Authorization header, not both.");
        }
        if (hasKey) {
            return Optional.of(partners.byApiKey(apiKey)
                    .orElseThrow(() -> unauthenticated("The API key in " + API_KEY + " is not a partner's.")));
        }
        if (hasAuthorization) {
            return Optional.of(bearer(authorization));
        }
        return Optional.empty();
    }

    private Partner bearer(String authorization) {
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || authorization.substring(BEARER.length()).isBlank()) {
            throw unauthenticated("The Authorization header must be a bearer token (Bearer <token>).");
        }
        if (!tokens.accepted()) {
            throw unauthenticated(
                    "This service accepts no bearer tokens (no issuer is configured): send your API key in " + API_KEY
                            + ".");
        }
        try {
            return tokens.partnerOf(authorization.substring(BEARER.length()).trim());
        } catch (RefusedTokenException refused) {
            throw unauthenticated("The bearer token is not valid: " + refused.getMessage());
        }
    }

    /** With a challenge naming each way in this service accepts. */
    private UnauthenticatedException unauthenticated(String detail) {
        return new UnauthenticatedException(
                detail,
                tokens.accepted() ? "ApiKey header=\"" + API_KEY + "\", Bearer" : "ApiKey header=\"" + API_KEY + "\"");
    }
}
