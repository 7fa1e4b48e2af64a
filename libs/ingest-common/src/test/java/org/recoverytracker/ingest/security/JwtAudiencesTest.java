package org.recoverytracker.ingest.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class JwtAudiencesTest {

    @Test
    void refusesToAcceptTokensWithoutAnAudience() {
        assertThatThrownBy(() -> JwtAudiences.requireConfigured(new MockEnvironment()))
                .hasMessageStartingWith(
                        "JWT bearer tokens are accepted (an issuer or key is configured) but no audience is");
        assertThatThrownBy(() ->
                        JwtAudiences.requireConfigured(new MockEnvironment().withProperty(JwtAudiences.PROPERTY, " ")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsAConfiguredAudience() {
        assertThatCode(() -> JwtAudiences.requireConfigured(
                        new MockEnvironment().withProperty(JwtAudiences.PROPERTY, "recovery-ingest")))
                .doesNotThrowAnyException();
    }
}
