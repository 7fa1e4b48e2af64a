package org.recoverytracker.ingest.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.schemas.EventKey;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the partner from a verified JWT: its id from one claim, its places from another (a list
 * of GSS codes, or {@code "*"}). The partner must be one the registry knows, the same one API keys
 * and partner topics use, so an issuer can't bring in partners of its own; and the token can only
 * narrow the places the registry gives the partner, never widen them.
 */
final class JwtPartnerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PartnerProperties.Jwt claims;
    private final PartnerDirectory partners;

    JwtPartnerConverter(PartnerProperties.Jwt claims, PartnerDirectory partners) {
        this.claims = claims;
        this.partners = partners;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        final String partnerId = jwt.getClaimAsString(claims.partnerClaim());
        if (partnerId == null || !EventKey.isPartnerId(partnerId)) {
            throw new InvalidBearerTokenException("The token's " + claims.partnerClaim()
                    + " claim must hold a partner id of 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'.");
        }
        final Partner partner = partners.byId(partnerId)
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The token's " + claims.partnerClaim() + " claim names no configured partner."));
        return new PartnerAuthentication(partner.narrowedTo(places(jwt)));
    }

    private Set<String> places(Jwt jwt) {
        final Object value = jwt.getClaim(claims.placesClaim());
        if (value instanceof String single) {
            return Set.of(single);
        }
        if (value instanceof Collection<?> many) {
            return Set.copyOf(many.stream().map(String::valueOf).toList());
        }
        return Set.copyOf(List.of());
    }
}
