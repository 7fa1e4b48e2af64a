package org.recoverytracker.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The chart's Grafana dashboards as files: the three dashboards with stable uids (the chart
 * publishes every file of the directory), each panel querying Prometheus through the
 * {@code DS_PROMETHEUS} data-source variable so that they work in any Grafana, and a layout whose
 * panels don't overlap. What their queries return is checked on a real Prometheus by
 * {@link MonitoringOnPrometheusIT}.
 */
class DashboardFilesTest {

    private static final String DATA_SOURCE = "${DS_PROMETHEUS}";

    private final List<GrafanaDashboard> dashboards =
            MonitoringFiles.dashboards().stream().map(GrafanaDashboard::read).toList();

    @Test
    void chartPublishesThePlaceComparisonAndPipelineDashboards() {
        assertThat(dashboards)
                .extracting(
                        dashboard -> dashboard.file().getFileName().toString(),
                        GrafanaDashboard::uid,
                        GrafanaDashboard::title)
                .containsExactlyInAnyOrder(
                        tuple("compare-places.json", "recovery-compare-places", "Compare places"),
                        tuple("pipeline-health.json", "recovery-pipeline-health", "Pipeline health"),
                        tuple("place-recovery.json", "recovery-place", "Place recovery"));
        for (GrafanaDashboard dashboard : dashboards) {
            assertThat(dashboard.json().path("id").isNull())
                    .as("%s: id null, so Grafana assigns its own", dashboard)
                    .isTrue();
            assertThat(dashboard.json().path("schemaVersion").asInt())
                    .as("%s: schemaVersion", dashboard)
                    .isGreaterThanOrEqualTo(39);
            assertThat(dashboard.json().path("tags").toString())
                    .as("%s: tags", dashboard)
                    .contains("\"recovery-tracker\"");
        }
    }

    @Test
    void everyPanelQueriesPrometheusThroughTheDataSourceVariable() {
        for (GrafanaDashboard dashboard : dashboards) {
            assertThat(dashboard.variables())
                    .as("%s: variables", dashboard)
                    .contains(new GrafanaDashboard.Variable(
                            "DS_PROMETHEUS", "datasource", "prometheus", false, "", List.of()));
            for (GrafanaDashboard.Panel panel : dashboard.panels()) {
                final String where = dashboard + " › " + panel.title();
                assertThat(panel.json().path("datasource").path("uid").asString())
                        .as(where)
                        .isEqualTo(DATA_SOURCE);
                assertThat(panel.exprs())
                        .as(where)
                        .isNotEmpty()
                        .allSatisfy(expr -> assertThat(expr).isNotBlank());
                final Set<String> refIds = new HashSet<>();
                for (JsonNode target : panel.json().path("targets")) {
                    assertThat(target.path("datasource").path("uid").asString())
                            .as(where)
                            .isEqualTo(DATA_SOURCE);
                    assertThat(refIds.add(target.path("refId").asString()))
                            .as(where + ": unique refId")
                            .isTrue();
                }
            }
            for (GrafanaDashboard.Variable variable : dashboard.variables()) {
                if ("query".equals(variable.type())) {
                    assertThat(variable.query())
                            .as(dashboard + " › $" + variable.name())
                            .startsWith("label_values(");
                }
            }
        }
    }

    @Test
    void panelsHaveUniqueIdsAndDoNotOverlap() {
        for (GrafanaDashboard dashboard : dashboards) {
            final Set<Integer> ids = new HashSet<>();
            final Set<String> cells = new HashSet<>();
            for (JsonNode panel : allPanelsAndRows(dashboard.json().path("panels"))) {
                assertThat(ids.add(panel.path("id").asInt()))
                        .as("%s: unique panel id %s", dashboard, panel.path("id"))
                        .isTrue();
                final JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt())
                        .as("%s › %s: width", dashboard, panel.path("title"))
                        .isLessThanOrEqualTo(24);
                for (int x = grid.path("x").asInt();
                        x < grid.path("x").asInt() + grid.path("w").asInt();
                        x++) {
                    for (int y = grid.path("y").asInt();
                            y < grid.path("y").asInt() + grid.path("h").asInt();
                            y++) {
                        assertThat(cells.add(x + "," + y))
                                .as(
                                        "%s › %s overlaps another panel at %s,%s",
                                        dashboard, panel.path("title").asString(), x, y)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void placeRecoveryHeadlinesTheFiguresInPlainEnglish() {
        final GrafanaDashboard place = dashboard("place-recovery.json");

        assertThat(place.panels())
                .filteredOn(panel -> "stat".equals(panel.type()))
                .extracting(GrafanaDashboard.Panel::title)
                .contains(
                        "Jobs at risk",
                        "Jobs lost",
                        "Jobs safeguarded",
                        "Jobs created",
                        "Green jobs",
                        "Support awarded (£)",
                        "Green investment (£)",
                        "Net job change");
        // People choose a place by name; the panels select the gauges by the code behind it.
        assertThat(place.variables())
                .extracting(GrafanaDashboard.Variable::name, GrafanaDashboard.Variable::query)
                .containsSubsequence(
                        tuple("place_name", "label_values(recovery_place_info, place_name)"),
                        tuple("place", "label_values(recovery_place_info{place_name=\"$place_name\"}, place)"));
        assertThat(place.panels()).extracting(GrafanaDashboard.Panel::type).contains("table", "timeseries");
    }

    @Test
    void moneyIsShownInPounds() {
        final Map<String, String> units =
                Map.of("Support awarded (£)", "currencyGBP", "Green investment (£)", "currencyGBP");
        for (GrafanaDashboard.Panel panel : dashboard("place-recovery.json").panels()) {
            if (units.containsKey(panel.title())) {
                assertThat(panel.json()
                                .path("fieldConfig")
                                .path("defaults")
                                .path("unit")
                                .asString())
                        .as(panel.title())
                        .isEqualTo(units.get(panel.title()));
            }
        }
    }

    private GrafanaDashboard dashboard(String fileName) {
        return dashboards.stream()
                .filter(dashboard -> dashboard.file().getFileName().equals(Path.of(fileName)))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonNode> allPanelsAndRows(JsonNode panels) {
        final List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : panels) {
            all.add(panel);
            all.addAll(allPanelsAndRows(panel.path("panels")));
        }
        return all;
    }
}
