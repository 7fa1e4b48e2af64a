package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chart publishes the alert rules and dashboards from their one copy in files/, so what is
 * tested with promtool and Prometheus is what is deployed; the dashboards only get the
 * deployment's page URL, the base of their links to each figure's provenance.
 */
class MonitoringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE_URL_VARIABLE = "page_url";
    private static final String PRODUCTION_PAGE_URL = "https://recovery.example.com";

    @Test
    void dashboardsConfigMapHoldsEveryDashboardFileWithTheConfiguredPageUrl() {
        final ConfigMap dashboards =
                HelmChart.renderProduction().get(ConfigMap.class, HelmChart.FULLNAME + "-dashboards");

        final Map<String, JsonNode> expected = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> file : dashboardFiles().entrySet()) {
            expected.put(file.getKey(), withPageUrl(file.getValue(), PRODUCTION_PAGE_URL));
        }
        assertThat(expected).isNotEmpty();
        assertThat(pageLinks(expected.values())).isNotEmpty();
        assertThat(parse(dashboards)).isEqualTo(expected);
        assertThat(pageUrls(parse(dashboards).values())).containsOnly(PRODUCTION_PAGE_URL);
        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboards.getMetadata().getAnnotations()).containsEntry("grafana_folder", "Recovery Tracker");
        assertThat(dashboards.getMetadata().getNamespace()).isEqualTo("monitoring");
    }

    @Test
    void pageUrlIsTheBaseOfTheProvenanceLinksWithoutATrailingSlash() {
        final Map<String, JsonNode> dashboards = parse(
                HelmChart.renderDefaults(Map.of("metrics.dashboards.pageUrl", "https://recovery.example.org/tracker/"))
                        .get(ConfigMap.class, HelmChart.FULLNAME + "-dashboards"));

        // page_url + "/places/..." must not give "//places"
        assertThat(pageUrls(dashboards.values())).isNotEmpty().containsOnly("https://recovery.example.org/tracker");
        assertThat(pageLinks(dashboards.values()))
                .hasSameSizeAs(pageLinks(dashboardFiles().values()));
    }

    @Test
    void withoutAPageUrlTheDashboardsLeaveOutTheProvenanceLinks() {
        final Map<String, JsonNode> dashboards =
                parse(HelmChart.renderDefaults().get(ConfigMap.class, HelmChart.FULLNAME + "-dashboards"));

        // Grafana would resolve "/places/..." against its own host, which serves no such page.
        final Map<String, JsonNode> expected = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> file : dashboardFiles().entrySet()) {
            expected.put(file.getKey(), withoutPageLinks(file.getValue()));
        }
        assertThat(pageLinks(dashboardFiles().values())).isNotEmpty();
        assertThat(pageLinks(dashboards.values())).isEmpty();
        assertThat(dashboards).isEqualTo(expected);
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
        // The ingest Services, the reference service's and, for recovery-streams, the headless Service that lists every
        // instance
        // (ready or restoring) once; not the Views API Service, which would scrape them twice.
        assertThat(scraped)
                .containsExactlyInAnyOrder(
                        HelmChart.FULLNAME + "-job-loss",
                        HelmChart.FULLNAME + "-business-support",
                        HelmChart.FULLNAME + "-green-economy",
                        HelmChart.FULLNAME + "-reference",
                        HelmChart.FULLNAME + "-streams-headless");
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

    /** The dashboard files by file name, parsed. */
    private static Map<String, JsonNode> dashboardFiles() {
        final Map<String, JsonNode> files = new LinkedHashMap<>();
        for (Path file : HelmChart.files("files/grafana-dashboards", ".json")) {
            try {
                files.put(file.getFileName().toString(), JSON.readTree(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The ConfigMap's dashboards by key, parsed: each must be JSON for Grafana to load it. */
    private static Map<String, JsonNode> parse(ConfigMap dashboards) {
        final Map<String, JsonNode> parsed = new LinkedHashMap<>();
        dashboards.getData().forEach((key, json) -> parsed.put(key, JSON.readTree(json)));
        return parsed;
    }

    private static JsonNode withPageUrl(JsonNode dashboard, String pageUrl) {
        final JsonNode copy = dashboard.deepCopy();
        for (JsonNode variable : copy.path("templating").path("list")) {
            if (PAGE_URL_VARIABLE.equals(variable.path("name").asString())) {
                final ObjectNode constant = (ObjectNode) variable;
                constant.put("query", pageUrl);
                constant.putObject("current").put("text", pageUrl).put("value", pageUrl);
            }
        }
        return copy;
    }

    private static JsonNode withoutPageLinks(JsonNode dashboard) {
        final JsonNode copy = dashboard.deepCopy();
        for (JsonNode panel : panels(copy.path("panels"))) {
            if (panel.path("fieldConfig").path("defaults").path("links") instanceof ArrayNode links) {
                links.removeIf(MonitoringTest::isPageLink);
            }
        }
        return copy;
    }

    /** The values of the page_url variables of the dashboards. */
    private static List<String> pageUrls(Collection<JsonNode> dashboards) {
        final List<String> urls = new ArrayList<>();
        for (JsonNode dashboard : dashboards) {
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if (PAGE_URL_VARIABLE.equals(variable.path("name").asString())) {
                    assertThat(variable.path("current").path("value").asString())
                            .as("current value of $" + PAGE_URL_VARIABLE)
                            .isEqualTo(variable.path("query").asString());
                    urls.add(variable.path("query").asString());
                }
            }
        }
        return urls;
    }

    /** The data links of the dashboards' panels that are built on the page_url variable. */
    private static List<JsonNode> pageLinks(Collection<JsonNode> dashboards) {
        final List<JsonNode> links = new ArrayList<>();
        for (JsonNode dashboard : dashboards) {
            for (JsonNode panel : panels(dashboard.path("panels"))) {
                for (JsonNode link : panel.path("fieldConfig").path("defaults").path("links")) {
                    if (isPageLink(link)) {
                        links.add(link);
                    }
                }
            }
        }
        return links;
    }

    private static boolean isPageLink(JsonNode link) {
        return link.path("url").asString().contains("${" + PAGE_URL_VARIABLE + "}");
    }

    /** Panels and rows, with the panels of collapsed rows. */
    private static List<JsonNode> panels(JsonNode panels) {
        final List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : panels) {
            all.add(panel);
            all.addAll(panels(panel.path("panels")));
        }
        return all;
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
