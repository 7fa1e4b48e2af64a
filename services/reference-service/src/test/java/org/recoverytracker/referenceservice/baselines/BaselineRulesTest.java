package org.recoverytracker.referenceservice.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;
import org.recoverytracker.rules.Violation;

class BaselineRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aValidBaselineBreaksNoRule() {
        assertThat(BaselineRules.check(baseline(41_000L, "2019", source("https://www.nomisweb.co.uk/")), TODAY))
                .isEmpty();
    }

    @Test
    void aCountIsBetweenZeroAndAHundredMillion() {
        assertThat(BaselineRules.check(baseline(100_000_001L, "2019", source(null)), TODAY))
                .extracting(Violation::field)
                .containsExactly("value");
        assertThat(BaselineRules.check(baseline(-1L, "2019", source(null)), TODAY))
                .extracting(Violation::field)
                .containsExactly("value");
        assertThat(BaselineRules.check(baseline(0L, "2019", source(null)), TODAY))
                .isEmpty();
    }

    @Test
    void aSourceAddressIsHttpAndItsDayNotInTheFuture() {
        for (String address : new String[] {"javascript:alert(1)", "ftp://example.org/x", "not a url", "https://"}) {
            assertThat(BaselineRules.check(baseline(1L, "2019", source(address)), TODAY))
                    .as(address)
                    .extracting(Violation::field)
                    .containsExactly("source.url");
        }
        final BaselineRequest.Source tomorrow = new BaselineRequest.Source(null, "BRES", TODAY.plusDays(1), null);
        assertThat(BaselineRules.check(baseline(1L, "2019", tomorrow), TODAY))
                .extracting(Violation::field)
                .containsExactly("source.retrievedOn");
    }

    @Test
    void aPeriodIsAYearNotInTheFuture() {
        assertThat(BaselineRules.check(baseline(1L, "2027", source(null)), TODAY))
                .extracting(Violation::field)
                .containsExactly("period");
        assertThat(BaselineRules.check(baseline(1L, "19", source(null)), TODAY))
                .extracting(Violation::field)
                .containsExactly("period");
    }

    private static BaselineRequest.Source source(String url) {
        return new BaselineRequest.Source(url, "BRES 2019", null, null);
    }

    private static BaselineRequest baseline(Long value, String period, BaselineRequest.Source source) {
        return new BaselineRequest(
                null,
                "BRES",
                BaselineVariable.EMPLOYEES,
                period,
                "E09000018",
                SicSection.H,
                null,
                value,
                BaselineStatus.FINAL,
                source);
    }
}
