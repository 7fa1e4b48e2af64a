package org.recoverytracker.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoverytracker.schemas.EventKey;

/**
 * How every service that accepts JWT bearer tokens reads the partner from a verified token, so the
 * ingest services and the views service apply one rule: the partner id from one claim, which must
 * name a partner in the registry (the same one API keys and partner topics use, so an issuer can't
 * bring in partners of its own), and its places from another (GSS codes, or {@code *}), which can
 * only narrow the places the registry gives the partner, never widen them. Plain Java: each service
 * verifies the token with its own Spring setup and hands the claims here.
 *
 * @param partnerClaim the claim holding the partner id ({@code recovery.jwt.partner-claim})
 * @param placesClaim the claim holding the places, a list or a single string
 *                    ({@code recovery.jwt.places-claim})
 */
public record PartnerClaims(String partnerClaim, String placesClaim) {

    /** Where a service is told which audience its tokens must be for. */
    public static final String AUDIENCES_PROPERTY = "spring.security.oauth2.resourceserver.jwt.audiences";

    public static final String DEFAULT_PARTNER_CLAIM = "partner_id";
    public static final String DEFAULT_PLACES_CLAIM = "places";

    /** Unset names take the defaults, so configuration binds to this record as it is. */
    public PartnerClaims {
        partnerClaim = partnerClaim == null || partnerClaim.isBlank() ? DEFAULT_PARTNER_CLAIM : partnerClaim;
        placesClaim = placesClaim == null || placesClaim.isBlank() ? DEFAULT_PLACES_CLAIM : placesClaim;
    }

    /** The default claim names. */
    public static PartnerClaims defaults() {
        return new PartnerClaims(null, null);
    }

    /**
     * The partner a verified token's claims name, limited to the places they claim.
     *
     * @throws RefusedTokenException when they name no partner, or one the registry doesn't know
     */
    public Partner partnerOf(Map<String, ?> claims, PartnerDirectory partners) {
        final Object partnerId = claims.get(partnerClaim);
        if (!(partnerId instanceof String id) || !EventKey.isPartnerId(id)) {
            throw new RefusedTokenException("The token's " + partnerClaim
                    + " claim must hold a partner id of 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'.");
        }
        final Partner partner = partners.byId(id)
                .orElseThrow(() -> new RefusedTokenException(
                        "The token's " + partnerClaim + " claim names no configured partner."));
        return partner.narrowedTo(places(claims.get(placesClaim)));
    }

    /** A missing or unreadable places claim claims no place, so the partner may write for none. */
    private static Set<String> places(Object value) {
        if (value instanceof String single) {
            return Set.of(single);
        }
        if (value instanceof Collection<?> many) {
            return Set.copyOf(many.stream().map(String::valueOf).toList());
        }
        return Set.of();
    }

    /**
     * A service that accepts JWT bearer tokens must say which audience they are for: an issuer signs
     * tokens for many services, and without the check a token minted for any of them would be
     * accepted. Called when a service starts with an issuer or key configured.
     *
     * @param audiences the configured {@value #AUDIENCES_PROPERTY}
     * @throws IllegalStateException when none is configured
     */
    public static void requireAudience(List<String> audiences) {
        if (audiences == null || audiences.stream().allMatch(audience -> audience == null || audience.isBlank())) {
            throw new IllegalStateException(
                    "JWT bearer tokens are accepted (an issuer or key is configured) but no audience is: set "
                            + AUDIENCES_PROPERTY
                            + " to this service's audience, or a token the issuer made for another service would be accepted");
        }
    }

    /** A verified token that names no partner this service knows: answered with 401. */
    public static final class RefusedTokenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public RefusedTokenException(String message) {
            super(message);
        }
    }
}
