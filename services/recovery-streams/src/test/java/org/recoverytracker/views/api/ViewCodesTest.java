package org.recoverytracker.views.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;

class ViewCodesTest {

    @Test
    void aCurrentDistrictIsAPlace() {
        assertThat(ViewCodes.place("E06000065").name()).isEqualTo("North Yorkshire");
    }

    @Test
    void aDistrictCodeThatHasEndedHasNoViewsAndSaysWhereItsEventsCount() {
        assertThatThrownBy(() -> ViewCodes.place("E07000165"))
                .isInstanceOf(NoLiveEventsException.class)
                .hasMessage("E07000165 has no live events. E07000165 Harrogate ended on 2023-03-31: events posted on it"
                        + " count in E06000065 North Yorkshire.");
    }

    @Test
    void anAsOfBeforeNineteenSeventyIsRefusedEvenWhenItHasNoEpochMillis() {
        final Instant earliest = Instant.parse("-999999999-01-01T00:00:00Z");

        assertThatThrownBy(() -> ViewCodes.asOf(earliest))
                .isInstanceOf(ViewProblems.MalformedCodeException.class)
                .hasMessageStartingWith("asOf -999999999-01-01T00:00:00Z is before the retained history");
        assertThatThrownBy(() -> ViewCodes.asOf(Instant.EPOCH.minusMillis(1)))
                .isInstanceOf(ViewProblems.MalformedCodeException.class);
        assertThat(ViewCodes.asOf(Instant.EPOCH)).isEqualTo(Instant.EPOCH);
        assertThat(ViewCodes.asOf(null)).isNull();
    }

    @Test
    void anUnknownCodeHasNoLiveEvents() {
        assertThatThrownBy(() -> ViewCodes.place("E09000099"))
                .isInstanceOf(NoLiveEventsException.class)
                .hasMessage("E09000099 has no live events.");
    }
}
