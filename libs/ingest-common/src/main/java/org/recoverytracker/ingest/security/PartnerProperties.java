package org.recoverytracker.ingest.security;

import java.util.List;

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
public record PartnerProperties(@DefaultValue List<PartnerCredential> partners, @DefaultValue Jwt jwt) {

    /**
     * @param id the partner id, 1 to 64 characters of {@code [A-Za-z0-9._-]}
     * @param keySha256 lower-case hex SHA-256 of the partner's API key
     * @param places GSS codes it may write for, or {@code *} for every place
     * @param requestsPerMinute its own request rate limit; unset takes
     *                          {@code recovery.ingest.rate-limit.requests-per-minute}
     * @param retiringKeySha256 while a key is being rotated, the hash of the old key, which keeps
     *                          working until it is removed; unset otherwise
     */
    public record PartnerCredential(String id, String keySha256, List<String> places, Integer requestsPerMinute,
                                    String retiringKeySha256) {
    }

    /**
     * @param partnerClaim the claim holding the partner id
     * @param placesClaim the claim holding the list of GSS codes (or {@code *})
     */
    public record Jwt(@DefaultValue("partner_id") String partnerClaim, @DefaultValue("places") String placesClaim) {
    }
}
