package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/** {@code helm lint --strict}: warnings fail as errors do. */
class ChartLintTest {

    @Test
    void chartPassesStrictLintWithItsDefaultValues() {
        final LintResult lint = HelmChart.lintStrict();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void chartPassesStrictLintWithTheProductionValues() {
        final LintResult lint = HelmChart.lintStrict(HelmChart.PRODUCTION_VALUES);

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void strictLintFailsWhenValuesBreakTheSchema() {
        // Guards the lint tests above: lint must be able to fail.
        final LintResult lint = HelmChart.lintStrict(HelmChart.testValues("lint-breaker.yaml"));

        assertThat(lint.isFailed()).isTrue();
    }
}
