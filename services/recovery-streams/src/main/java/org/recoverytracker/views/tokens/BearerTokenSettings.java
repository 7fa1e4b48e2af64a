package org.recoverytracker.views.tokens;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the JWT bearer tokens partners may present come from, under the same names as the ingest
 * services' (Spring Boot's resource-server properties), so one configuration serves every service.
 * This service decodes tokens itself rather than through Spring Security's filter chain, which
 * would lock its public endpoints; so it reads the part of those properties a decoder needs.
 * Nothing set: bearer tokens are not accepted.
 *
 * @param issuerUri the issuer, whose discovery document gives its keys; tokens must name it in {@code iss}
 * @param jwkSetUri the issuer's JWK set, when it has no discovery document
 * @param publicKeyLocation a PEM file with the issuer's RSA public key, when it publishes no JWK set
 * @param audiences the audiences ({@code aud}) a token must be for, at least one; required with any of the above
 * @param jwsAlgorithms the signature algorithms accepted; only one with a public key
 */
@ConfigurationProperties("spring.security.oauth2.resourceserver.jwt")
public record BearerTokenSettings(
        String issuerUri,
        String jwkSetUri,
        Resource publicKeyLocation,
        @DefaultValue List<String> audiences,
        @DefaultValue("RS256") List<String> jwsAlgorithms) {

    /** True when an issuer or key is configured, so that bearer tokens are accepted. */
    boolean configured() {
        return hasText(issuerUri) || hasText(jwkSetUri) || publicKeyLocation != null;
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
