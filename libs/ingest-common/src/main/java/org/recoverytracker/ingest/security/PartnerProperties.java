package org.recoverytracker.ingest.security;

import java.util.List;
import org.recoverytracker.partners.PartnerClaims;
import org.recoverytracker.partners.PartnerCredential;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partners allowed to post, from configuration ({@code recovery.partners}). In production they
 * come from a Secret; only the SHA-256 of each API key is configured, never the key.
 *
 * @param partners every partner, with its key hash and the places it may write for
 * @param jwt which claims of a JWT bearer token name the partner and its places
 *            ({@code recovery.jwt.*}), when an issuer is configured
 */
@ConfigurationProperties("recovery")
public record PartnerProperties(
        @DefaultValue List<PartnerCredential> partners,
        @DefaultValue PartnerClaims jwt) {}
