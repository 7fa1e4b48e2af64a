package org.recoverytracker.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart's alert rules, checked by promtool and unit-tested with it: each alert fires on series
 * that call for it and stays quiet on look-alikes that don't (a rise under 100, a restart, a lag
 * that drains, too few events). The unit tests load the chart's own rule file, so what is tested
 * is what the PrometheusRule publishes.
 */
class AlertRulesTest {

    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    @Test
    void rulesFilePassesPromtoolCheck() {
        final Promtool.Result result = Promtool.checkRules(MonitoringFiles.ALERT_RULES);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitTestFiles")
    void alertsFireAndStayQuietAsTheirUnitTestsExpect(Path unitTests) {
        final Promtool.Result result = Promtool.testRules(unitTests);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasUnitTestsThatFireItAndOthersThatDoNot() {
        final List<AlertUnitTests.Expectation> expectations = MonitoringFiles.alertUnitTests().stream()
                .flatMap(file -> AlertUnitTests.read(file).expectations().stream())
                .toList();

        for (AlertRule rule : AlertRule.read(MonitoringFiles.ALERT_RULES)) {
            assertThat(expectations)
                    .as("unit tests firing %s", rule.name())
                    .contains(new AlertUnitTests.Expectation(rule.name(), true));
            assertThat(expectations)
                    .as("unit tests where %s stays quiet", rule.name())
                    .contains(new AlertUnitTests.Expectation(rule.name(), false));
        }
    }

    @Test
    void unitTestsLoadTheChartsOwnRuleFile() throws IOException {
        final Path chartRules = MonitoringFiles.ALERT_RULES.toRealPath();
        for (Path file : MonitoringFiles.alertUnitTests()) {
            final List<Path> ruleFiles = AlertUnitTests.read(file).ruleFiles();

            assertThat(ruleFiles).as("rule_files of %s", file).hasSize(1);
            assertThat(ruleFiles.get(0).toRealPath())
                    .as("rule_files of %s", file)
                    .isEqualTo(chartRules);
        }
    }

    @Test
    void everyAlertSaysHowUrgentItIsWhoActsAndWhatToDo() {
        final List<AlertRule> rules = AlertRule.read(MonitoringFiles.ALERT_RULES);

        assertThat(rules)
                .extracting(AlertRule::name)
                .doesNotHaveDuplicates()
                .contains(
                        "LargeRedundancyNotified",
                        "RecoveryDeadLetters",
                        "RecoveryConsumerLagGrowing",
                        "RecoveryStreamsInstanceNotRunning",
                        "RecoveryIngestRejectingPartner");
        for (AlertRule rule : rules) {
            assertThat(rule.forDuration()).as("for: of %s", rule.name()).isNotBlank();
            assertThat(rule.labels()).as("labels of %s", rule.name()).containsKeys("severity", "audience");
            assertThat(SEVERITIES)
                    .as("severity of %s", rule.name())
                    .contains(rule.labels().get("severity"));
            assertThat(rule.annotations())
                    .as("annotations of %s", rule.name())
                    .containsKeys("summary", "description", "runbook");
        }
    }

    static Stream<Named<Path>> unitTestFiles() {
        final List<Path> files = MonitoringFiles.alertUnitTests();
        assertThat(files)
                .as("promtool unit tests in " + MonitoringFiles.ALERT_UNIT_TESTS)
                .isNotEmpty();
        return files.stream().map(file -> Named.of(file.getFileName().toString(), file));
    }
}
