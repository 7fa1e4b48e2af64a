package org.recoverytracker.views.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.partners.PartnerCredential;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.views.api.ViewProblems.TwoCredentialsException;
import org.recoverytracker.views.api.ViewProblems.UnauthenticatedException;
import org.recoverytracker.views.tokens.BearerTokens;

/** The caller of a service that accepts no bearer tokens (no issuer or key configured). */
class PartnerCallersTest {

    private static final PartnerDirectory PARTNERS = new PartnerDirectory(List.of(new PartnerCredential(
            "hounslow-council", PartnerDirectory.sha256Hex("local-hounslow-key"), List.of("E09000018"), null, null)));

    private final PartnerCallers callers = new PartnerCallers(PARTNERS, BearerTokens.none(PARTNERS));

    @Test
    void findsThePartnerOfAnApiKey() {
        assertThat(callers.required("local-hounslow-key", null, "Why").id()).isEqualTo("hounslow-council");
        assertThat(callers.optional(null, " ")).isEmpty();
    }

    @Test
    void refusesABearerTokenSayingItIsNotAcceptedHere() {
        assertThatThrownBy(() -> callers.optional(null, "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                .isInstanceOfSatisfying(UnauthenticatedException.class, refused -> {
                    assertThat(refused.getMessage())
                            .startsWith("This service accepts no bearer tokens (no issuer is configured)");
                    assertThat(refused.challenge()).isEqualTo("ApiKey header=\"X-API-Key\"");
                });
    }

    @Test
    void refusesAnAuthorizationHeaderOfAnotherScheme() {
        for (String authorization : List.of("Basic aG91bnNsb3c6a2V5", "Bearer ", "local-hounslow-key")) {
            assertThatThrownBy(() -> callers.optional(null, authorization))
                    .as(authorization)
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessage("The Authorization header must be a bearer token (Bearer <token>).");
        }
    }

    @Test
    void refusesACallWithTwoCredentials() {
        assertThatThrownBy(() -> callers.optional("local-hounslow-key", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                .isInstanceOf(TwoCredentialsException.class)
                .hasMessage("Send one credential, X-API-Key or an Authorization header, not both.");
    }

    @Test
    void refusesAKeyThatIsNoPartnersAndACallWithoutCredentials() {
        assertThatThrownBy(() -> callers.optional("local-belfast-key", null))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessage("The API key in X-API-Key is not a partner's.");
        assertThatThrownBy(() -> callers.required(null, null, "The events behind a figure are for partners"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessage("The events behind a figure are for partners: send your API key in X-API-Key.");
    }
}
