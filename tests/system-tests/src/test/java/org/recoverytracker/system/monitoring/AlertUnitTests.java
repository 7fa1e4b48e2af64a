package org.recoverytracker.system.monitoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a promtool unit-test file expects: for each alert it checks, whether some case expects it
 * to fire and some expects it not to; and which rule files it loads.
 *
 * @param file the unit-test file
 * @param ruleFiles its {@code rule_files}, resolved against its directory as promtool does
 * @param expectations every {@code alert_rule_test} of every test
 */
record AlertUnitTests(Path file, List<Path> ruleFiles, List<Expectation> expectations) {

    /** One {@code alert_rule_test}: an alert expected to fire at some time, or expected quiet. */
    record Expectation(String alertName, boolean fires) {}

    static AlertUnitTests read(Path file) {
        final Map<?, ?> root = YamlFiles.read(file);
        final List<Path> ruleFiles = YamlFiles.list(root, "rule_files").stream()
                .map(ruleFile -> file.getParent().resolve(ruleFile.toString()).normalize())
                .toList();
        final List<Expectation> expectations = YamlFiles.list(root, "tests").stream()
                .flatMap(test -> YamlFiles.list(YamlFiles.map(test, "test"), "alert_rule_test").stream())
                .map(check -> YamlFiles.map(check, "alert_rule_test"))
                .map(check -> new Expectation(
                        YamlFiles.string(check, "alertname"),
                        !YamlFiles.list(check, "exp_alerts").isEmpty()))
                .toList();
        return new AlertUnitTests(file, ruleFiles, expectations);
    }
}
