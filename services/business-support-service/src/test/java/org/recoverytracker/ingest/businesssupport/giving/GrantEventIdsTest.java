package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKey;

class GrantEventIdsTest {

    @Test
    void theSameGrantIdAlwaysGivesTheSameEventId() {
        assertThat(GrantEventIds.of("360G-ExampleTrust-0001"))
                .isEqualTo(GrantEventIds.of("360G-ExampleTrust-0001"))
                // The SHA-256 of the id, cut to 32 hex digits: fixed here so that it never changes
                // between releases, or a re-import would duplicate every grant.
                .isEqualTo("360g-" + "60e23922aab7bfc700f052ab385d4581");
    }

    @Test
    void differentGrantIdsGiveDifferentEventIds() {
        assertThat(GrantEventIds.of("360G-ExampleTrust-0001")).isNotEqualTo(GrantEventIds.of("360G-ExampleTrust-0002"));
        assertThat(GrantEventIds.of("360G-a")).isNotEqualTo(GrantEventIds.of("360G-A"));
    }

    @Test
    void anyGrantIdGivesAValidEventId() {
        assertThat(GrantEventIds.of("360G-Fund/2021 grant #7 — café"))
                .satisfies(id -> assertThat(EventKey.isEventId(id)).isTrue());
        assertThat(GrantEventIds.of("x".repeat(200)))
                .satisfies(id -> assertThat(EventKey.isEventId(id)).isTrue())
                .hasSize(37);
    }

    @Test
    void spacesAroundAnIdDoNotChangeIt() {
        assertThat(GrantEventIds.of(" 360G-ExampleTrust-0001\t")).isEqualTo(GrantEventIds.of("360G-ExampleTrust-0001"));
    }
}
