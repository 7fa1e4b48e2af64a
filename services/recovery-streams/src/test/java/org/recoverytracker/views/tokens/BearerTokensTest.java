package org.recoverytracker.views.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.partners.PartnerClaims;
import org.recoverytracker.partners.PartnerClaims.RefusedTokenException;
import org.recoverytracker.partners.PartnerCredential;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.testsupport.jwt.TestIssuer;
import org.recoverytracker.views.config.PartnerSettings;
import org.springframework.core.io.DefaultResourceLoader;

/** The views service's token verifier, built from its settings as the service builds it. */
class BearerTokensTest {

    private static final String AUDIENCE = "recovery-tracker";
    private static final TestIssuer ISSUER = new TestIssuer();
    private static final List<PartnerCredential> PARTNERS =
            List.of(new PartnerCredential("hounslow-council", null, List.of("E09000018"), null, null));

    private final BearerTokens tokens = bearerTokens(settings(ISSUER.publicKeyLocation(), List.of(AUDIENCE)));

    @Test
    void readsThePartnerFromAValidToken() {
        assertThat(tokens.accepted()).isTrue();
        assertThat(tokens.partnerOf(ISSUER.token("hounslow-council", List.of("*"), 300, AUDIENCE))
                        .places())
                .containsExactly("E09000018");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(ISSUER.token("hounslow-council", List.of("*"), 300, "another-service"), "aud");
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(ISSUER.token("hounslow-council", List.of("*"), -300, AUDIENCE), "expired");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertRefused(new TestIssuer().token("hounslow-council", List.of("*"), 300, AUDIENCE), "signature");
    }

    @Test
    void refusesATokenThatNamesNoConfiguredPartner() {
        assertRefused(ISSUER.token("made-up-partner", List.of("*"), 300, AUDIENCE), "names no configured partner");
    }

    @Test
    void refusesSomethingThatIsNoToken() {
        assertRefused("not.a.token", "decode");
    }

    @Test
    void acceptsNoTokensWithoutAnIssuerOrKey() {
        final BearerTokens none = bearerTokens(new BearerTokenSettings(null, " ", null, List.of(), List.of("RS256")));

        assertThat(none.accepted()).isFalse();
        assertThatThrownBy(() -> none.partnerOf(ISSUER.token("hounslow-council", List.of("*"), 300, AUDIENCE)))
                .isInstanceOf(RefusedTokenException.class);
    }

    @Test
    void refusesToStartWithAKeyButNoAudience() {
        assertThatThrownBy(() -> bearerTokens(settings(ISSUER.publicKeyLocation(), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PartnerClaims.AUDIENCES_PROPERTY);
    }

    private void assertRefused(String token, String why) {
        assertThatThrownBy(() -> tokens.partnerOf(token))
                .isInstanceOf(RefusedTokenException.class)
                .hasMessageContaining(why);
    }

    private static BearerTokenSettings settings(String publicKeyLocation, List<String> audiences) {
        return new BearerTokenSettings(
                null, null, new DefaultResourceLoader().getResource(publicKeyLocation), audiences, List.of("RS256"));
    }

    private static BearerTokens bearerTokens(BearerTokenSettings settings) {
        return new BearerTokenConfiguration()
                .bearerTokens(
                        settings,
                        new PartnerSettings(PARTNERS, PartnerClaims.defaults()),
                        new PartnerDirectory(PARTNERS));
    }
}
