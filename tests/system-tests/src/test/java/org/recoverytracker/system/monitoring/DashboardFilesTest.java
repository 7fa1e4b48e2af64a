package org.recoverytracker.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The chart's Grafana dashboards as files: the four dashboards with stable uids (the chart
 * publishes every file of the directory), each panel querying Prometheus through the
 * {@code DS_PROMETHEUS} data-source variable so that they work in any Grafana, and a layout whose
 * panels don't overlap, and figures of one place and sector linked to their provenance page. What
 * their queries return is checked on a real Prometheus by {@link MonitoringOnPrometheusIT}.
 */
class DashboardFilesTest {

    private static final String DATA_SOURCE = "${DS_PROMETHEUS}";
    private static final String PAGE_URL = "${page_url}";
    private static final String PROVENANCE_LINK_TITLE = "Where this figure comes from";
    /** An aggregation that keeps the sector label: the query's figures are per sector. */
    private static final Pattern BY_SECTOR = Pattern.compile("\\bby\\s*\\([^)]*\\bsector\\b[^)]*\\)");
    /** An aggregation that keeps the place label. */
    private static final Pattern BY_PLACE = Pattern.compile("\\bby\\s*\\([^)]*\\bplace\\b[^)]*\\)");

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
                        tuple("area-recovery.json", "recovery-area", "Area recovery"),
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
    void areaRecoveryShowsAnAreaChosenByNameAndComparesAreas() {
        final GrafanaDashboard area = dashboard("area-recovery.json");

        assertThat(area.variables())
                .extracting(GrafanaDashboard.Variable::name, GrafanaDashboard.Variable::query)
                .containsSubsequence(
                        tuple("area_name", "label_values(recovery_area_info, area_name)"),
                        tuple("area", "label_values(recovery_area_info{area_name=\"$area_name\"}, area)"),
                        tuple("sector", "label_values(recovery_area_events{area=\"$area\"}, sector)"));
        assertThat(area.panels())
                .filteredOn(panel -> "stat".equals(panel.type()))
                .extracting(GrafanaDashboard.Panel::title)
                .contains("Jobs at risk", "Jobs lost", "Net job change", "Live events");
        // Every panel reads the area gauges, never a place's: an area's figure is not the sum of its
        // members' place gauges, as members count only in the weeks they belong.
        for (GrafanaDashboard.Panel panel : area.panels()) {
            assertThat(panel.exprs())
                    .as(panel.title())
                    .allSatisfy(
                            expr -> assertThat(expr).contains("recovery_area_").doesNotContain("place"));
        }
        assertThat(area.panels()).extracting(GrafanaDashboard.Panel::title).contains("Net job change by area");
    }

    @Test
    void moneyIsShownInPounds() {
        final Map<String, String> units =
                Map.of("Support awarded (£)", "currencyGBP", "Green investment (£)", "currencyGBP");
        for (GrafanaDashboard.Panel panel : Stream.of("place-recovery.json", "area-recovery.json")
                .flatMap(file -> dashboard(file).panels().stream())
                .toList()) {
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

    @Test
    void everyFigureOfAPlaceAndSectorLinksToWhereItComesFrom() {
        final List<String> linked = new ArrayList<>();
        for (GrafanaDashboard dashboard : dashboards) {
            for (GrafanaDashboard.Panel panel : dashboard.panels()) {
                final String where = dashboard + " › " + panel.title();
                final List<JsonNode> provenanceLinks = new ArrayList<>();
                for (JsonNode link :
                        panel.json().path("fieldConfig").path("defaults").path("links")) {
                    if (link.path("url").asString().contains("/provenance")) {
                        provenanceLinks.add(link);
                    }
                }
                if (!showsFiguresPerSector(panel)) {
                    assertThat(provenanceLinks)
                            .as(where + ": its figures are not those of one place and sector")
                            .isEmpty();
                    continue;
                }
                final String url = PAGE_URL + "/places/" + placeVariable(dashboard, panel) + "/sectors/"
                        + fieldVariable(panel, "sector") + "/provenance";
                assertThat(provenanceLinks)
                        .as(where + ": link to the provenance of each figure")
                        .singleElement()
                        .satisfies(link -> {
                            assertThat(link.path("title").asString()).isEqualTo(PROVENANCE_LINK_TITLE);
                            assertThat(link.path("url").asString()).isEqualTo(url);
                            assertThat(link.path("targetBlank").asBoolean()).isTrue();
                        });
                linked.add(where);
            }
            if (linked.stream().anyMatch(where -> where.startsWith(dashboard + " › "))) {
                assertThat(variables(dashboard))
                        .as(dashboard + ": the page URL, a constant the chart sets (empty in the file)")
                        .anySatisfy(variable -> {
                            assertThat(variable.path("name").asString()).isEqualTo("page_url");
                            assertThat(variable.path("type").asString()).isEqualTo("constant");
                            assertThat(variable.path("query").asString()).isEmpty();
                            assertThat(variable.path("hide").asInt()).isEqualTo(2);
                        });
            }
        }
        // Guards the test itself: the panels it must find by their queries are found.
        assertThat(linked).contains("Place recovery › Sector figures", "Place recovery › Net job change by sector");
    }

    private GrafanaDashboard dashboard(String fileName) {
        return dashboards.stream()
                .filter(dashboard -> dashboard.file().getFileName().equals(Path.of(fileName)))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Whether the panel shows current figures of single sectors: each query keeps the sector label.
     * Time series are left out: a point is a past value, while the provenance page explains the
     * current figure.
     */
    private static boolean showsFiguresPerSector(GrafanaDashboard.Panel panel) {
        return !"timeseries".equals(panel.type())
                && !panel.exprs().isEmpty()
                && panel.exprs().stream()
                        .allMatch(expr -> BY_SECTOR.matcher(expr).find());
    }

    /**
     * The data-link variable of a label of the panel's figures: a table's rows hold the labels as
     * fields (which must not be hidden by a transformation), other panels' series carry them.
     */
    private static String fieldVariable(GrafanaDashboard.Panel panel, String label) {
        if (!"table".equals(panel.type())) {
            return "${__field.labels." + label + "}";
        }
        for (JsonNode transformation : panel.json().path("transformations")) {
            assertThat(transformation
                            .path("options")
                            .path("excludeByName")
                            .path(label)
                            .asBoolean())
                    .as("%s: the %s field is kept for the link", panel.title(), label)
                    .isFalse();
        }
        return "${__data.fields." + label + "}";
    }

    /** The link's place: the figures' own label, or the one place the dashboard's variable selects. */
    private static String placeVariable(GrafanaDashboard dashboard, GrafanaDashboard.Panel panel) {
        if (panel.exprs().stream().allMatch(expr -> BY_PLACE.matcher(expr).find())) {
            return fieldVariable(panel, "place");
        }
        assertThat(panel.exprs())
                .as("%s › %s: figures of the chosen place", dashboard, panel.title())
                .allSatisfy(expr -> assertThat(expr).contains("place=\"$place\""));
        assertThat(variables(dashboard))
                .as("%s: $place is one place", dashboard)
                .anySatisfy(variable -> {
                    assertThat(variable.path("name").asString()).isEqualTo("place");
                    assertThat(variable.path("multi").asBoolean()).isFalse();
                    assertThat(variable.path("includeAll").asBoolean()).isFalse();
                });
        return "${place}";
    }

    /** The dashboard's template variables as they are in the file. */
    private static List<JsonNode> variables(GrafanaDashboard dashboard) {
        final List<JsonNode> variables = new ArrayList<>();
        dashboard.json().path("templating").path("list").forEach(variables::add);
        return variables;
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
