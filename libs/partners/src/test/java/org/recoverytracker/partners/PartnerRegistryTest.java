package org.recoverytracker.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerRegistryTest {

    @Test
    void findsPartnersByIdWithTheirPlaces() {
        final PartnerRegistry registry = new PartnerRegistry(List.of(
                credential("hounslow-council", List.of("E09000018")),
                credential("uk-recovery-observatory", List.of("*"))));

        assertThat(registry.ids()).containsExactly("hounslow-council", "uk-recovery-observatory");
        assertThat(registry.byId("hounslow-council").orElseThrow().mayWriteFor("E09000018"))
                .isTrue();
        assertThat(registry.byId("hounslow-council").orElseThrow().mayWriteFor("N09000003"))
                .isFalse();
        assertThat(registry.byId("uk-recovery-observatory").orElseThrow().mayWriteFor("N09000003"))
                .isTrue();
        assertThat(registry.byId("stranger")).isEmpty();
    }

    @Test
    void letsAClaimNarrowAPartnersPlacesButNeverWidenThem() {
        final Partner bradford = new Partner("bradford-council", Set.of("E08000032"));
        final Partner national = new Partner("uk-recovery-observatory", Set.of("*"));

        assertThat(bradford.narrowedTo(Set.of("*"))).isEqualTo(bradford);
        assertThat(bradford.narrowedTo(Set.of("E09000018", "E08000032")).places())
                .containsExactly("E08000032");
        assertThat(bradford.narrowedTo(Set.of()).mayWriteFor("E08000032")).isFalse();
        assertThat(national.narrowedTo(Set.of("E09000018")).places()).containsExactly("E09000018");
    }

    @Test
    void refusesAMisconfiguredPartnerAtStartUp() {
        assertThatThrownBy(() ->
                        new PartnerRegistry(List.of(credential("a", List.of("*")), credential("a", List.of("*")))))
                .hasMessage("Partner 'a' in recovery.partners is misconfigured: the id is configured twice");
        assertThatThrownBy(() -> new PartnerRegistry(List.of(credential("hounslow council", List.of("*")))))
                .hasMessageContaining("the id must be 1 to 64 characters");
        assertThatThrownBy(() -> new PartnerRegistry(List.of(credential("a", List.of()))))
                .hasMessageContaining("places must list the GSS codes");
        assertThatThrownBy(() -> new PartnerRegistry(List.of(credential("a", List.of("E09000099")))))
                .hasMessageContaining("place E09000099 is not a UK local authority district");
        assertThatThrownBy(() -> new PartnerRegistry(
                        List.of(credential("leeds", List.of("*")), credential("leeds.north", List.of("*")))))
                .hasMessageStartingWith(
                        "Partner 'leeds.north' in recovery.partners is misconfigured: its id extends leeds's with a dot");
    }

    private static PartnerCredential credential(String id, List<String> places) {
        return new PartnerCredential(id, null, places, null, null);
    }
}
