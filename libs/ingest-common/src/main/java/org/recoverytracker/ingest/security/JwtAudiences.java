package org.recoverytracker.ingest.security;

import org.recoverytracker.partners.PartnerClaims;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Makes an audience a condition of starting with bearer tokens ({@link PartnerClaims#requireAudience},
 * the rule the views service applies too). Spring Boot validates the {@code aud} claim against
 * {@code spring.security.oauth2.resourceserver.jwt.audiences} when it is set.
 */
final class JwtAudiences {

    static final String PROPERTY = PartnerClaims.AUDIENCES_PROPERTY;

    private JwtAudiences() {}

    static void requireConfigured(Environment environment) {
        PartnerClaims.requireAudience(Binder.get(environment)
                .bind(PROPERTY, Bindable.listOf(String.class))
                .orElse(null));
    }
}
