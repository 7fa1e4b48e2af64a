package org.recoverytracker.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/**
 * The chart's Grafana dashboards and alert rules on a real Prometheus scraping the real services:
 * the whole system runs against a Kafka broker, partners' events go through the ingest APIs, and
 * Prometheus (the Debian package) scrapes the four services every second and evaluates the rules.
 * Then every panel query of every dashboard — with its variables resolved as Grafana resolves
 * them — must be valid and return series, the dashboards' figures must be the Views API's, and the
 * alert rules must load, evaluate, and raise exactly the alerts the events call for. Grafana itself
 * isn't needed: it only sends these queries.
 */
class MonitoringOnPrometheusIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    private static RecoveryStack stack;
    private static PrometheusServer prometheus;
    private static Instant prometheusStarted;

    @BeforeAll
    static void startTheSystemAndPrometheusThenPostEvents() {
        stack = SYSTEM.stack();
        prometheus = PrometheusServer.start(
                stack.dir().resolve("prometheus"),
                List.of(
                        job(stack.jobLoss()),
                        job(stack.businessSupport()),
                        job(stack.greenEconomy()),
                        job(stack.reference()),
                        job(stack.streams())),
                MonitoringFiles.ALERT_RULES);
        prometheusStarted = Instant.now();
        await().atMost(SETTLE).until(() -> prometheus.value("count(up == 1)") == 5);

        final MonitoringScenario scenario = new MonitoringScenario(stack);
        scenario.postEvents();
        // The rejected partner's counter must have been scraped once, so that its rise is an increase.
        await().atMost(SETTLE).until(() -> !prometheus.series(rejected()).isEmpty());
        scenario.postMostlyInvalidFeed();
        scenario.produceUndecodableRecord();

        final String uk = stack.streams().baseUrl() + "/v1/uk";
        await().atMost(SETTLE)
                .until(() -> Http.get(uk).status() == 200
                        && Http.get(uk).json().get("events").asInt() == MonitoringScenario.LIVE_EVENTS);
        // The reference service is on the pipeline dashboard like the ingest services.
        assertThat(Http.put(
                                stack.reference().baseUrl() + "/v1/areas/heathrow-zone",
                                "local-hounslow-key",
                                "{\"name\": \"Heathrow zone\", \"members\": [{\"place\": \"E09000018\"}]}")
                        .status())
                .isEqualTo(202);
        await().atMost(SETTLE)
                .until(() -> prometheus.value("sum(recovery_ingest_events_total{application=\"reference-service\","
                                        + "kind=\"area\",outcome=\"accepted\"})")
                                == 1
                        && prometheus.value("sum(recovery_events)") == MonitoringScenario.LIVE_EVENTS
                        && prometheus.value("sum(recovery_dead_letters_total)") == 1
                        && prometheus.value("sum(" + rejected() + ")") == 13);
        scenario.defineAreas();
        final String area = stack.streams().baseUrl() + "/v1/areas/" + MonitoringScenario.AREA;
        await().atMost(SETTLE)
                .until(() -> Http.get(area).status() == 200
                        && prometheus.value("sum(recovery_area_events{area=\"" + MonitoringScenario.AREA + "\"})")
                                == Http.get(area).json().get("events").asInt());
    }

    @AfterAll
    static void stopPrometheus() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyPanelQueryShouldBeValidAndReturnSeries() {
        // The dashboards' time range: everything since Prometheus started.
        final long rangeSeconds =
                Duration.between(prometheusStarted, Instant.now()).toSeconds() + 5;
        final PanelQueries queries = new PanelQueries(
                prometheus, Map.of("__interval", "5s", "__rate_interval", "20s", "__range", rangeSeconds + "s"));
        return MonitoringFiles.dashboards().stream().map(GrafanaDashboard::read).map(dashboard -> {
            final Map<String, List<String>> values = queries.variableValues(dashboard);
            final List<DynamicNode> tests = new ArrayList<>();
            for (GrafanaDashboard.Variable variable : dashboard.variables()) {
                if ("query".equals(variable.type())) {
                    tests.add(DynamicTest.dynamicTest(
                            "$" + variable.name() + " offers values",
                            () -> assertThat(queries.offered(variable, values))
                                    .as("%s › $%s: %s", dashboard.title(), variable.name(), variable.query())
                                    .isNotEmpty()));
                }
            }
            for (GrafanaDashboard.Panel panel : dashboard.panels()) {
                final String where = dashboard.title() + " › " + panel.title();
                tests.add(DynamicTest.dynamicTest(panel.title(), () -> {
                    for (String expr : panel.exprs()) {
                        assertThatCode(() -> queries.expand(expr, values))
                                .as(where)
                                .doesNotThrowAnyException();
                        for (String query : queries.expand(expr, values)) {
                            assertReturnsSeries(where, query);
                        }
                    }
                }));
            }
            return DynamicContainer.dynamicContainer(dashboard.title(), tests);
        });
    }

    @Test
    void dashboardFiguresAreTheViewsApiFigures() {
        final String views = stack.streams().baseUrl();
        final JsonNode uk = Http.get(views + "/v1/uk").json();
        for (Measure measure : Measure.values()) {
            assertThat(prometheus.value("sum(" + measure.metric + ")"))
                    .as("UK %s", measure.metric)
                    .isEqualTo(measure.of(uk));
        }

        // The part in weeks still provisional: the events and net job change of the weekly rows the
        // Views API marks provisional, over every place.
        long provisionalEvents = 0;
        long provisionalNetJobChange = 0;
        for (JsonNode place : Http.get(views + "/v1/places").json()) {
            for (JsonNode week : Http.get(
                            views + "/v1/places/" + place.get("place").asString() + "/weekly")
                    .json()) {
                if (week.get("provisional").asBoolean()) {
                    provisionalEvents += week.get("events").asLong();
                    provisionalNetJobChange += week.get("netJobChange").asLong();
                }
            }
        }
        assertThat(provisionalEvents)
                .as("events in provisional weeks (Views API)")
                .isPositive();
        assertThat(prometheus.value("sum(recovery_provisional_events)")).isEqualTo(provisionalEvents);
        assertThat(prometheus.value("sum(recovery_provisional_net_job_change)")).isEqualTo(provisionalNetJobChange);

        final GrafanaDashboard placeRecovery =
                GrafanaDashboard.read(MonitoringFiles.DASHBOARDS.resolve("place-recovery.json"));
        for (JsonNode place : Http.get(views + "/v1/places").json()) {
            // The place a person picks by its name is the place the panels then select by code.
            assertHeadlinesAreTheViews(
                    placeRecovery, "place_name", "place", place.get("place").asString(), place);
        }
    }

    @Test
    void areaDashboardFiguresAreTheViewsApiFiguresOfPublicAreasOnly() {
        final JsonNode area = Http.get(stack.streams().baseUrl() + "/v1/areas/" + MonitoringScenario.AREA)
                .json();
        assertHeadlinesAreTheViews(
                GrafanaDashboard.read(MonitoringFiles.DASHBOARDS.resolve("area-recovery.json")),
                "area_name",
                "area",
                MonitoringScenario.AREA,
                area);
        // The private area is never exported.
        assertThat(prometheus.labelValues("area", "{__name__=~\"recovery_area_.*\"}"))
                .contains(MonitoringScenario.AREA)
                .doesNotContain(MonitoringScenario.PRIVATE_AREA);
    }

    /**
     * The dashboard offers the view by its name, selects its gauges by the code behind the name, and
     * its headline figures, over every sector, are the Views API's.
     */
    private static void assertHeadlinesAreTheViews(
            GrafanaDashboard dashboard, String nameVariable, String codeVariable, String code, JsonNode view) {
        final PanelQueries queries = new PanelQueries(prometheus, Map.of());
        assertThat(queries.offered(
                        dashboard.variable(codeVariable),
                        Map.of(nameVariable, List.of(view.get("name").asString()))))
                .as("%s › the view named %s", dashboard, view.get("name"))
                .containsExactly(code);
        final Map<String, List<String>> values = Map.of(codeVariable, List.of(code), "sector", List.of(".*"));
        for (Measure measure : Measure.values()) {
            assertThat(prometheus.value(queries.expand(dashboard.firstExpr(measure.headline), values)
                            .get(0)))
                    .as("%s › %s of %s", dashboard, measure.headline, code)
                    .isEqualTo(measure.of(view));
        }
    }

    @Test
    void everyAlertRuleLoadsAndEvaluatesOnTheRealMetrics() {
        final List<AlertRule> rules = AlertRule.read(MonitoringFiles.ALERT_RULES);
        for (AlertRule rule : rules) {
            final JsonNode answer = prometheus.query(rule.expr());
            assertThat(answer.path("status").asString())
                    .as("%s: %s", rule.name(), answer)
                    .isEqualTo("success");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final List<JsonNode> loaded = new ArrayList<>();
            prometheus
                    .api("/api/v1/rules?type=alert")
                    .path("data")
                    .path("groups")
                    .forEach(group -> group.path("rules").forEach(loaded::add));
            assertThat(loaded)
                    .extracting(rule -> rule.path("name").asString())
                    .containsExactlyInAnyOrderElementsOf(
                            rules.stream().map(AlertRule::name).toList());
            assertThat(loaded)
                    .allSatisfy(rule -> assertThat(rule.path("health").asString())
                            .as(rule.toString())
                            .isEqualTo("ok"));
        });
    }

    @Test
    void alertsAreRaisedForTheDeadLetterAndTheMostlyRejectedPartnerOnly() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final List<JsonNode> active = new ArrayList<>();
            prometheus.api("/api/v1/alerts").path("data").path("alerts").forEach(active::add);
            assertThat(active)
                    .extracting(alert -> alert.path("labels").path("alertname").asString())
                    .containsExactlyInAnyOrder("RecoveryDeadLetters", "RecoveryIngestRejectingPartner");
            assertThat(active).allSatisfy(alert -> {
                final JsonNode labels = alert.path("labels");
                if ("RecoveryDeadLetters".equals(labels.path("alertname").asString())) {
                    // for: 0m, so firing at once
                    assertThat(alert.path("state").asString()).isEqualTo("firing");
                    assertThat(labels.path("topic").asString()).isEqualTo(MonitoringScenario.DEAD_LETTER_TOPIC);
                } else {
                    // for: 5m, so pending unless this test ran that much later
                    assertThat(alert.path("state").asString()).isIn("pending", "firing");
                    assertThat(labels.path("partner").asString()).isEqualTo(MonitoringScenario.REJECTED_PARTNER);
                    assertThat(labels.path("application").asString()).isEqualTo("green-economy-service");
                }
            });
        });
    }

    private static void assertReturnsSeries(String where, String query) {
        final JsonNode answer = prometheus.query(query);
        assertThat(answer.path("status").asString())
                .as("%s: %s is valid: %s", where, query, answer)
                .isEqualTo("success");
        assertThat(answer.path("data").path("result"))
                .as("%s: %s returns series", where, query)
                .isNotEmpty();
    }

    private static String rejected() {
        return "recovery_ingest_events_total{application=\"green-economy-service\", partner=\""
                + MonitoringScenario.REJECTED_PARTNER + "\", outcome=\"rejected\"}";
    }

    private static PrometheusServer.ScrapeJob job(ServiceProcess service) {
        return new PrometheusServer.ScrapeJob(service.name(), List.of("127.0.0.1:" + service.port()));
    }

    /** A measure as the Views API names it, its gauge, and its headline panel on the Place recovery dashboard. */
    private enum Measure {
        JOBS_AT_RISK("jobsAtRisk", "recovery_jobs_at_risk", "Jobs at risk", 1),
        JOBS_LOST("jobsLost", "recovery_jobs_lost", "Jobs lost", 1),
        JOBS_SAFEGUARDED("jobsSafeguarded", "recovery_jobs_safeguarded", "Jobs safeguarded", 1),
        JOBS_CREATED("jobsCreated", "recovery_jobs_created", "Jobs created", 1),
        GREEN_JOBS("greenJobsCreated", "recovery_green_jobs_created", "Green jobs", 1),
        SUPPORT_AWARDED("supportAwardedPence", "recovery_support_awarded_pounds", "Support awarded (£)", 100),
        GREEN_INVESTMENT("greenInvestmentPence", "recovery_green_investment_pounds", "Green investment (£)", 100),
        NET_JOB_CHANGE("netJobChange", "recovery_net_job_change", "Net job change", 1),
        EVENTS("events", "recovery_events", "Live events", 1);

        private final String field;
        private final String metric;
        private final String headline;
        private final double unitsPerGaugeUnit;

        Measure(String field, String metric, String headline, double unitsPerGaugeUnit) {
            this.field = field;
            this.metric = metric;
            this.headline = headline;
            this.unitsPerGaugeUnit = unitsPerGaugeUnit;
        }

        /** The API's figure in the gauge's unit (pence become pounds). */
        double of(JsonNode view) {
            return view.get(field).asLong() / unitsPerGaugeUnit;
        }
    }
}
