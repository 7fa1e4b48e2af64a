package org.recoverytracker.ingest.security;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * A service that accepts JWT bearer tokens must say which audience they are for: an issuer signs
 * tokens for many services, and without the check a token minted for any of them would be
 * accepted here. Spring Boot validates the {@code aud} claim against
 * {@code spring.security.oauth2.resourceserver.jwt.audiences} when it is set; this makes setting it
 * a condition of starting.
 */
final class JwtAudiences {

    static final String PROPERTY = "spring.security.oauth2.resourceserver.jwt.audiences";

    private JwtAudiences() {}

    static void requireConfigured(Environment environment) {
        final List<String> audiences = Binder.get(environment)
                .bind(PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of());
        if (audiences.stream().allMatch(String::isBlank)) {
            throw new IllegalStateException(
                    "JWT bearer tokens are accepted (an issuer or key is configured) but no audience is: set "
                            + PROPERTY
                            + " to this service's audience, or a token the issuer made for another service would be accepted");
        }
    }
}
