package org.recoverytracker.views.config;

import java.util.List;
import org.recoverytracker.partners.PartnerClaims;
import org.recoverytracker.partners.PartnerCredential;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partners, from the same {@code recovery.partners} configuration (in production the same
 * Secret) as the ingest services; the gate reads only their ids and places.
 *
 * @param partners every partner that may write events, HTTP or Kafka
 * @param jwt which claims of a JWT bearer token name the partner and its places
 *            ({@code recovery.jwt.*}, as for the ingest services), when an issuer is configured
 */
@ConfigurationProperties("recovery")
public record PartnerSettings(
        @DefaultValue List<PartnerCredential> partners,
        @DefaultValue PartnerClaims jwt) {}
