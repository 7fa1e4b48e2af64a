package org.recoverytracker.views.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recoverytracker.partners.PartnerClaims;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.views.config.PartnerSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Builds the token verifier from {@link BearerTokenSettings} as Spring Boot builds the ingest
 * services' (a JWK set URI first, then a public key, then the issuer's discovery document), with
 * the same validation: signature, expiry and not-before, the issuer when one is named, and the
 * audience, which must be configured (the services' shared rule, {@link PartnerClaims}).
 */
@Configuration(proxyBeanMethods = false)
public class BearerTokenConfiguration {

    @Bean
    BearerTokens bearerTokens(BearerTokenSettings settings, PartnerSettings partners, PartnerDirectory directory) {
        if (!settings.configured()) {
            return BearerTokens.none(directory);
        }
        PartnerClaims.requireAudience(settings.audiences());
        return new BearerTokens(decoder(settings), partners.jwt(), directory);
    }

    static JwtDecoder decoder(BearerTokenSettings settings) {
        if (BearerTokenSettings.hasText(settings.jwkSetUri())) {
            return validating(
                    NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                            .jwsAlgorithms(accepted -> accepted.addAll(algorithms(settings)))
                            .build(),
                    settings);
        }
        if (settings.publicKeyLocation() != null) {
            final Set<SignatureAlgorithm> algorithms = algorithms(settings);
            if (algorithms.size() != 1) {
                throw new IllegalStateException("With public-key-location, "
                        + "spring.security.oauth2.resourceserver.jwt.jws-algorithms must name exactly one algorithm");
            }
            return validating(
                    NimbusJwtDecoder.withPublicKey(publicKey(settings))
                            .signatureAlgorithm(algorithms.iterator().next())
                            .build(),
                    settings);
        }
        // Resolved at the first token, as Spring Boot does, so the service starts while the issuer is down.
        return new SupplierJwtDecoder(() -> validating(
                NimbusJwtDecoder.withIssuerLocation(settings.issuerUri())
                        .jwsAlgorithms(accepted -> accepted.addAll(algorithms(settings)))
                        .build(),
                settings));
    }

    private static NimbusJwtDecoder validating(NimbusJwtDecoder decoder, BearerTokenSettings settings) {
        final List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        if (BearerTokenSettings.hasText(settings.issuerUri())) {
            validators.add(new JwtIssuerValidator(settings.issuerUri()));
        }
        final List<String> audiences = settings.audiences();
        validators.add(new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, audience -> audience != null && !Collections.disjoint(audience, audiences)));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        return decoder;
    }

    private static Set<SignatureAlgorithm> algorithms(BearerTokenSettings settings) {
        final Set<SignatureAlgorithm> algorithms = new LinkedHashSet<>();
        for (String name : settings.jwsAlgorithms()) {
            final SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
            if (algorithm == null) {
                throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jws-algorithms: " + name
                        + " is not a JWS signature algorithm");
            }
            algorithms.add(algorithm);
        }
        return algorithms;
    }

    private static RSAPublicKey publicKey(BearerTokenSettings settings) {
        try (InputStream in = settings.publicKeyLocation().getInputStream()) {
            final String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(
                    "spring.security.oauth2.resourceserver.jwt.public-key-location must be a PEM file with an RSA public key: "
                            + settings.publicKeyLocation(),
                    e);
        }
    }
}
