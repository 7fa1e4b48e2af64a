package org.recoverytracker.views.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;

/** A page holds 1 to 1,000 items: no request can ask for everything at once, or for nothing. */
class PageLimitTest {

    @Test
    void acceptsEveryLimitFromOneToTheMaximum() {
        assertThat(PageLimit.check(1)).isEqualTo(1);
        assertThat(PageLimit.check(PageLimit.DEFAULT)).isEqualTo(100);
        assertThat(PageLimit.check(1000)).isEqualTo(1000);
    }

    @Test
    void refusesLimitsOutsideTheBounds() {
        for (int limit : new int[] {Integer.MIN_VALUE, -1, 0, 1001, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> PageLimit.check(limit))
                    .isInstanceOf(MalformedCodeException.class)
                    .hasMessage("limit must be between 1 and 1000.");
        }
    }
}
