package org.recoverytracker.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoverytracker.partners.PartnerClaims.RefusedTokenException;

class PartnerClaimsTest {

    private static final String HOUNSLOW = "E09000018";
    private static final String BRADFORD = "E08000032";
    private static final PartnerDirectory PARTNERS = new PartnerDirectory(List.of(
            new PartnerCredential("hounslow-council", null, List.of(HOUNSLOW), null, null),
            new PartnerCredential("uk-recovery-observatory", null, List.of(Partner.ALL_PLACES), null, null)));

    private final PartnerClaims claims = PartnerClaims.defaults();

    @Test
    void takesThePartnerAndItsPlacesFromTheClaims() {
        final Partner partner =
                claims.partnerOf(Map.of("partner_id", "hounslow-council", "places", List.of(HOUNSLOW)), PARTNERS);

        assertThat(partner.id()).isEqualTo("hounslow-council");
        assertThat(partner.places()).containsExactly(HOUNSLOW);
    }

    @Test
    void readsThePlacesClaimAsASingleStringToo() {
        assertThat(claims.partnerOf(Map.of("partner_id", "uk-recovery-observatory", "places", BRADFORD), PARTNERS)
                        .places())
                .containsExactly(BRADFORD);
        assertThat(claims.partnerOf(Map.of("partner_id", "uk-recovery-observatory", "places", "*"), PARTNERS)
                        .mayWriteEverywhere())
                .isTrue();
    }

    @Test
    void narrowsThePartnersPlacesButNeverWidensThem() {
        assertThat(claims.partnerOf(Map.of("partner_id", "hounslow-council", "places", "*"), PARTNERS)
                        .places())
                .as("every place, for a partner of one")
                .containsExactly(HOUNSLOW);
        assertThat(claims.partnerOf(
                                Map.of("partner_id", "hounslow-council", "places", List.of(HOUNSLOW, BRADFORD)),
                                PARTNERS)
                        .places())
                .containsExactly(HOUNSLOW);
        final Partner national = claims.partnerOf(
                Map.of("partner_id", "uk-recovery-observatory", "places", List.of(HOUNSLOW)), PARTNERS);
        assertThat(national.mayWriteEverywhere())
                .as("a national partner's token for one place")
                .isFalse();
        assertThat(national.places()).containsExactly(HOUNSLOW);
    }

    @Test
    void givesNoPlaceToATokenWithoutAPlacesClaim() {
        assertThat(claims.partnerOf(Map.of("partner_id", "uk-recovery-observatory"), PARTNERS)
                        .places())
                .isEmpty();
        assertThat(claims.partnerOf(Map.of("partner_id", "hounslow-council", "places", 42), PARTNERS)
                        .places())
                .isEmpty();
    }

    @Test
    void refusesATokenThatNamesNoConfiguredPartner() {
        assertThatThrownBy(() -> claims.partnerOf(Map.of("partner_id", "made-up-partner", "places", "*"), PARTNERS))
                .isInstanceOf(RefusedTokenException.class)
                .hasMessage("The token's partner_id claim names no configured partner.");
    }

    @Test
    void refusesATokenWithoutAWellFormedPartnerId() {
        for (Map<String, ?> refused : List.of(
                Map.of("places", "*"),
                Map.of("partner_id", "", "places", "*"),
                Map.of("partner_id", "hounslow council", "places", "*"),
                Map.of("partner_id", List.of("hounslow-council"), "places", "*"),
                Map.of("partner_id", "x".repeat(65), "places", "*"))) {
            assertThatThrownBy(() -> claims.partnerOf(refused, PARTNERS))
                    .as(refused.toString())
                    .isInstanceOf(RefusedTokenException.class)
                    .hasMessageStartingWith("The token's partner_id claim must hold a partner id");
        }
    }

    @Test
    void readsTheConfiguredClaimNames() {
        final PartnerClaims custom = new PartnerClaims("org", "gss");

        assertThat(custom.partnerOf(Map.of("org", "hounslow-council", "gss", List.of(HOUNSLOW)), PARTNERS)
                        .places())
                .containsExactly(HOUNSLOW);
        assertThatThrownBy(() -> custom.partnerOf(Map.of("partner_id", "hounslow-council"), PARTNERS))
                .hasMessageStartingWith("The token's org claim");
        assertThat(new PartnerClaims(" ", null)).isEqualTo(PartnerClaims.defaults());
        assertThat(PartnerClaims.defaults().partnerClaim()).isEqualTo("partner_id");
        assertThat(PartnerClaims.defaults().placesClaim()).isEqualTo("places");
    }

    @Test
    void requiresAnAudience() {
        for (List<String> none :
                Arrays.asList((List<String>) null, List.<String>of(), List.of(" "), Arrays.asList((String) null))) {
            assertThatThrownBy(() -> PartnerClaims.requireAudience(none))
                    .as(String.valueOf(none))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(
                            "JWT bearer tokens are accepted (an issuer or key is configured) but no audience is: set "
                                    + PartnerClaims.AUDIENCES_PROPERTY);
        }
        assertThatCode(() -> PartnerClaims.requireAudience(List.of("recovery-tracker")))
                .doesNotThrowAnyException();
        assertThatCode(() -> PartnerClaims.requireAudience(List.of("", "recovery-tracker")))
                .doesNotThrowAnyException();
    }

    @Test
    void keepsTheRegistrysRateLimitOnANarrowedPartner() {
        final PartnerDirectory limited = new PartnerDirectory(
                List.of(new PartnerCredential("hounslow-council", null, List.of(HOUNSLOW), 5, null)));

        assertThat(claims.partnerOf(Map.of("partner_id", "hounslow-council", "places", Set.of(HOUNSLOW)), limited)
                        .requestsPerMinute())
                .isEqualTo(5);
    }
}
