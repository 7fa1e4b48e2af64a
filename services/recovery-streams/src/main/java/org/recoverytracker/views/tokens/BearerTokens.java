package org.recoverytracker.views.tokens;

import org.recoverytracker.partners.Partner;
import org.recoverytracker.partners.PartnerClaims;
import org.recoverytracker.partners.PartnerClaims.RefusedTokenException;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The partner a JWT bearer token names, when this service accepts tokens: the token verified
 * (signature, expiry, issuer, audience), then read by the rule the ingest services use too
 * ({@link PartnerClaims}).
 */
public final class BearerTokens {

    private final JwtDecoder decoder;
    private final PartnerClaims claims;
    private final PartnerDirectory partners;

    /**
     * @param decoder the verifier of tokens, or null when no issuer or key is configured
     */
    BearerTokens(JwtDecoder decoder, PartnerClaims claims, PartnerDirectory partners) {
        this.decoder = decoder;
        this.claims = claims;
        this.partners = partners;
    }

    /** A service that accepts no bearer tokens (no issuer or key configured). */
    public static BearerTokens none(PartnerDirectory partners) {
        return new BearerTokens(null, PartnerClaims.defaults(), partners);
    }

    /** True when an issuer or key is configured. */
    public boolean accepted() {
        return decoder != null;
    }

    /**
     * The partner the token names, with the places it claims.
     *
     * @throws RefusedTokenException for a token that is not valid here (signature, expiry, issuer,
     *     audience) or names no configured partner, and when no tokens are accepted
     * @throws ViewsUnavailableException when the issuer's keys can't be fetched: not the caller's fault
     */
    public Partner partnerOf(String token) {
        if (decoder == null) {
            throw new RefusedTokenException("This service accepts no bearer tokens.");
        }
        final Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (BadJwtException invalid) {
            throw new RefusedTokenException(invalid.getMessage());
        } catch (JwtException | JwtDecoderInitializationException unverifiable) {
            // The issuer's keys could not be fetched: the caller's token may well be good.
            throw new ViewsUnavailableException("The bearer token can't be verified right now.", unverifiable);
        }
        return claims.partnerOf(jwt.getClaims(), partners);
    }
}
