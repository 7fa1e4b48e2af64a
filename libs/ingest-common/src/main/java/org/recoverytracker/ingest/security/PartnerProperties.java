package org.recoverytracker.ingest.security;

import java.util.List;
import org.recoverytracker.partners.PartnerCredential;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partners allowed to post, from configuration ({@code recovery.partners}). In production they
 * come from a Secret; only the SHA-256 of each API key is configured, never the key.
 *
 * @param partners every partner, with its key hash and the places it may write for
 * @param jwt how to read a partner from the claims of a JWT bearer token, when an issuer is configured
 */
@ConfigurationProperties("recovery")
public record PartnerProperties(
        @DefaultValue List<PartnerCredential> partners,
        @DefaultValue Jwt jwt) {

    /**
     * @param partnerClaim the claim holding the partner id
     * @param placesClaim the claim holding the list of GSS codes (or {@code *})
     */
    public record Jwt(
            @DefaultValue("partner_id") String partnerClaim,
            @DefaultValue("places") String placesClaim) {}
}
