package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BeforeRetainedHistoryExceptionTest {

    @Test
    void everyHistoryReadRefusesAnInstantBeforeNineteenSeventyEvenWithoutEpochMillis() {
        assertThatThrownBy(
                        () -> BeforeRetainedHistoryException.epochMillisOf(Instant.parse("-999999999-01-01T00:00:00Z")))
                .isInstanceOf(BeforeRetainedHistoryException.class)
                .hasMessageStartingWith("asOf -999999999-01-01T00:00:00Z is before the retained history");
        assertThatThrownBy(() -> BeforeRetainedHistoryException.epochMillisOf(Instant.EPOCH.minusMillis(1)))
                .isInstanceOf(BeforeRetainedHistoryException.class);
        assertThat(BeforeRetainedHistoryException.epochMillisOf(Instant.ofEpochMilli(1_700_000_000_123L)))
                .isEqualTo(1_700_000_000_123L);
    }
}
