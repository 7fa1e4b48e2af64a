package org.recoverytracker.system.monitoring;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One alerting rule of a Prometheus rule file, as written there.
 *
 * @param name the alert's name
 * @param expr its PromQL expression
 * @param forDuration how long the expression must hold before the alert fires, or null
 * @param labels the labels it adds (severity, audience)
 * @param annotations its summary, description and runbook
 */
record AlertRule(
        String name, String expr, String forDuration, Map<String, String> labels, Map<String, String> annotations) {

    /** The alerting rules (not recording rules) of every group of a rule file. */
    static List<AlertRule> read(Path ruleFile) {
        return YamlFiles.list(YamlFiles.read(ruleFile), "groups").stream()
                .flatMap(group -> YamlFiles.list(YamlFiles.map(group, "group"), "rules").stream())
                .map(rule -> YamlFiles.map(rule, "rule"))
                .filter(rule -> rule.containsKey("alert"))
                .map(rule -> new AlertRule(
                        YamlFiles.string(rule, "alert"),
                        YamlFiles.string(rule, "expr"),
                        YamlFiles.string(rule, "for"),
                        strings(YamlFiles.mapOrEmpty(rule, "labels")),
                        strings(YamlFiles.mapOrEmpty(rule, "annotations"))))
                .toList();
    }

    private static Map<String, String> strings(Map<?, ?> map) {
        final Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((key, value) -> strings.put(key.toString(), value.toString()));
        return strings;
    }
}
