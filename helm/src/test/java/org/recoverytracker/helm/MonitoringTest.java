package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chart publishes the alert rules and dashboards from their one copy in files/, so what is
 * tested with promtool and Prometheus is what is deployed.
 */
class MonitoringTest {

    @Test
    void dashboardsConfigMapHoldsExactlyEveryDashboardFileAsItIs() throws IOException {
        final ConfigMap dashboards =
                HelmChart.renderProduction().get(ConfigMap.class, HelmChart.FULLNAME + "-dashboards");

        final Map<String, String> files = new LinkedHashMap<>();
        for (Path file : HelmChart.files("files/grafana-dashboards", ".json")) {
            files.put(file.getFileName().toString(), Files.readString(file));
        }
        assertThat(files).isNotEmpty();
        assertThat(dashboards.getData()).isEqualTo(files);
        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboards.getMetadata().getAnnotations()).containsEntry("grafana_folder", "Recovery Tracker");
        assertThat(dashboards.getMetadata().getNamespace()).isEqualTo("monitoring");
    }

    @Test
    void dashboardsFitInOneConfigMap() {
        final ConfigMap dashboards =
                HelmChart.renderDefaults().get(ConfigMap.class, HelmChart.FULLNAME + "-dashboards");

        final long bytes = dashboards.getData().entrySet().stream()
                .mapToLong(entry -> entry.getKey().length() + entry.getValue().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        // Kubernetes refuses ConfigMaps over 1 MiB; keep a margin for metadata
        assertThat(bytes).isLessThan(900L * 1024);
    }

    @Test
    void prometheusRuleSpecIsExactlyTheTestedRulesFile() {
        final GenericKubernetesResource rule =
                HelmChart.renderProduction().custom("PrometheusRule", HelmChart.FULLNAME);

        final Map<String, Object> rulesFile =
                HelmChart.readYaml(HelmChart.DIRECTORY.resolve("files/prometheus-rules/recovery-alerts.yaml"));
        assertThat(rulesFile).containsKey("groups");
        assertThat(rule.getAdditionalProperties().get("spec")).isEqualTo(rulesFile);
        assertThat(rule.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
    }

    @Test
    void serviceMonitorScrapesEveryInstanceExactlyOnce() {
        final Manifests manifests = HelmChart.renderProduction();
        final GenericKubernetesResource monitor = manifests.custom("ServiceMonitor", HelmChart.FULLNAME);

        final Map<String, Object> spec = spec(monitor);
        final Map<String, String> selector = matchLabels(spec);
        final List<String> scraped = manifests.all(Service.class).stream()
                .filter(service -> service.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                .map(service -> service.getMetadata().getName())
                .toList();
        // The ingest Services and, for recovery-streams, the headless Service that lists every instance
        // (ready or restoring) once; not the Views API Service, which would scrape them twice.
        assertThat(scraped)
                .containsExactlyInAnyOrder(
                        HelmChart.FULLNAME + "-job-loss", HelmChart.FULLNAME + "-business-support",
                        HelmChart.FULLNAME + "-green-economy", HelmChart.FULLNAME + "-streams-headless");
        assertThat(endpoints(spec))
                .singleElement()
                .satisfies(endpoint -> assertThat(endpoint)
                        .containsEntry("port", "http")
                        .containsEntry("path", "/actuator/prometheus"));
    }

    @Test
    void monitoringResourcesAreOptional() {
        final Manifests manifests = HelmChart.renderDefaults();

        assertThat(manifests.custom("ServiceMonitor")).isEmpty();
        assertThat(manifests.custom("PrometheusRule")).isEmpty();
        assertThat(manifests.find(ConfigMap.class, HelmChart.FULLNAME + "-dashboards"))
                .isPresent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> endpoints(Map<String, Object> spec) {
        return (List<Map<String, Object>>) spec.get("endpoints");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> matchLabels(Map<String, Object> spec) {
        return (Map<String, String>) ((Map<String, Object>) spec.get("selector")).get("matchLabels");
    }
}
