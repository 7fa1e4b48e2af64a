package org.recoverytracker.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerDirectoryTest {

    private static final String HOUNSLOW_KEY_HASH = PartnerDirectory.sha256Hex("local-hounslow-key");

    @Test
    void hashesKeysAsSha256Hex() {
        assertThat(HOUNSLOW_KEY_HASH).isEqualTo("a48f3309e6c73d6cfe41ddecd428185d2f962f045c238bf8c04f7aa37d9b6926");
    }

    @Test
    void findsThePartnerOfAKey() {
        final PartnerDirectory directory = new PartnerDirectory(List.of(
                new PartnerCredential("hounslow-council", HOUNSLOW_KEY_HASH, List.of("E09000018"), null, null)));

        final Partner partner = directory.byApiKey("local-hounslow-key").orElseThrow();

        assertThat(partner.id()).isEqualTo("hounslow-council");
        assertThat(partner.mayWriteFor("E09000018")).isTrue();
        assertThat(partner.mayWriteFor("E08000032")).isFalse();
        assertThat(directory.byApiKey("local-hounslow-key ")).isEmpty();
    }

    @Test
    void letsAStarPartnerWriteForEveryPlace() {
        assertThat(new Partner("national", Set.of("*")).mayWriteFor("N09000003"))
                .isTrue();
    }

    @Test
    void refusesAnUnknownPlaceAtStartUp() {
        assertThatThrownBy(() -> new PartnerDirectory(List.of(new PartnerCredential(
                        "hounslow-council", HOUNSLOW_KEY_HASH, List.of("E09000099"), null, null))))
                .hasMessage("Partner 'hounslow-council' in recovery.partners is misconfigured: "
                        + "place E09000099 is not a UK local authority district");
    }

    @Test
    void refusesAKeyInsteadOfItsHash() {
        assertThatThrownBy(() -> new PartnerDirectory(List.of(new PartnerCredential(
                        "hounslow-council", "local-hounslow-key", List.of("E09000018"), null, null))))
                .hasMessageContaining("key-sha256 must be the lower-case hex SHA-256");
    }

    @Test
    void acceptsBothKeysOfAPartnerWhileItsKeyIsRotated() {
        final PartnerDirectory directory = new PartnerDirectory(List.of(new PartnerCredential(
                "hounslow-council",
                PartnerDirectory.sha256Hex("new-hounslow-key"),
                List.of("E09000018"),
                null,
                HOUNSLOW_KEY_HASH)));

        assertThat(directory.byApiKey("new-hounslow-key").orElseThrow().id()).isEqualTo("hounslow-council");
        assertThat(directory.byApiKey("local-hounslow-key").orElseThrow().id()).isEqualTo("hounslow-council");
    }

    @Test
    void refusesTwoPartnersWithOneKey() {
        assertThatThrownBy(() -> new PartnerDirectory(List.of(
                        new PartnerCredential("a", HOUNSLOW_KEY_HASH, List.of("*"), null, null),
                        new PartnerCredential("b", HOUNSLOW_KEY_HASH, List.of("*"), null, null))))
                .hasMessageContaining("its key hash is also another partner's");
    }
}
