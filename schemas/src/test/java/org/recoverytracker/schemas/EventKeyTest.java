package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventKeyTest {

    @Test
    void formatsAsPartnerSlashEventId() {
        assertThat(new EventKey("hounslow-council", "hr1:2020.04-12_a"))
                .hasToString("hounslow-council/hr1:2020.04-12_a");
    }

    @Test
    void parsesWhatItFormats() {
        final EventKey key = new EventKey("uk-recovery-observatory", "grant-0001");

        assertThat(EventKey.parse(key.toString())).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-separator", "/event", "partner/", "partner/has/slash", "partner/sp ace"})
    void refusesKeysThatAreNotPartnerSlashEventId(String key) {
        assertThatThrownBy(() -> EventKey.parse(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fastChecksAgreeWithThePatternsThatDefineIds() {
        final Random random = new Random(11);
        final String alphabet = "Aa0._:-/ é\u0000Zz9";
        for (int i = 0; i < 20_000; i++) {
            final StringBuilder candidate = new StringBuilder();
            final int length = random.nextInt(70);
            for (int c = 0; c < length; c++) {
                candidate.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            final String value = candidate.toString();
            assertThat(EventKey.isEventId(value))
                    .as(value)
                    .isEqualTo(EventKey.EVENT_ID.matcher(value).matches());
            assertThat(EventKey.isPartnerId(value))
                    .as(value)
                    .isEqualTo(EventKey.PARTNER_ID.matcher(value).matches());
        }
    }

    @Test
    void refusesAnEventIdLongerThan64Characters() {
        assertThatThrownBy(() -> new EventKey("p", "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 64 characters");
    }
}
