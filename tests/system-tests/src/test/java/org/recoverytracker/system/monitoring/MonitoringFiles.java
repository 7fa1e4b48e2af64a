package org.recoverytracker.system.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the monitoring files live: the Helm chart's Grafana dashboards and alert rules (the very
 * files the chart publishes, found relative to this module, as the tests run in its directory), and
 * this module's promtool unit tests of the rules.
 */
final class MonitoringFiles {

    static final Path CHART_FILES = Path.of("../../helm/recovery-tracker/files");
    static final Path DASHBOARDS = CHART_FILES.resolve("grafana-dashboards");
    static final Path ALERT_RULES = CHART_FILES.resolve("prometheus-rules/recovery-alerts.yaml");
    static final Path ALERT_UNIT_TESTS = Path.of("src/test/resources/monitoring/alert-tests");

    private MonitoringFiles() {}

    /** Every dashboard the chart publishes: each {@code *.json} file of its dashboards directory. */
    static List<Path> dashboards() {
        return list(DASHBOARDS, ".json");
    }

    /** The promtool unit-test files of the alert rules. */
    static List<Path> alertUnitTests() {
        return list(ALERT_UNIT_TESTS, ".yaml");
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("can't list " + dir.toAbsolutePath().normalize(), e);
        }
    }
}
