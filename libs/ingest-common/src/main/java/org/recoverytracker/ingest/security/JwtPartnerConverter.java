package org.recoverytracker.ingest.security;

import org.recoverytracker.partners.PartnerClaims;
import org.recoverytracker.partners.PartnerDirectory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the partner from a verified JWT by the rule every service that takes tokens shares
 * ({@link PartnerClaims}): a configured partner, its places narrowed by the token, never widened.
 * A token that names no such partner is an invalid bearer token (401).
 */
final class JwtPartnerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PartnerClaims claims;
    private final PartnerDirectory partners;

    JwtPartnerConverter(PartnerClaims claims, PartnerDirectory partners) {
        this.claims = claims;
        this.partners = partners;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            return new PartnerAuthentication(claims.partnerOf(jwt.getClaims(), partners));
        } catch (PartnerClaims.RefusedTokenException refused) {
            throw new InvalidBearerTokenException(refused.getMessage());
        }
    }
}
