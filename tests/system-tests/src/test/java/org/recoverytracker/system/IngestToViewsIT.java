package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.system.ScenarioPosts.accepted;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.scenario.ScenarioEvents;
import tools.jackson.databind.JsonNode;

/**
 * End to end, as partners and council officers use it: events posted to the three ingest
 * services' HTTP APIs — created, corrected, retracted, in single PUTs, a JSON batch and a CSV
 * batch — show up with the right numbers in the Views API and in the Prometheus gauges.
 */
class IngestToViewsIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    private static RecoveryStack stack;

    @BeforeAll
    static void postEvents() {
        stack = SYSTEM.stack();
        final ScenarioPosts posts = ScenarioPosts.to(stack);
        final String jobLosses = posts.jobLosses();

        // Hounslow: 1,200 air-transport jobs at risk, then 900 confirmed lost; a duplicate entry retracted.
        posts.heathrowRedundanciesThenConfirmed();
        accepted(Http.put(
                jobLosses + "/hr1-2020-0412-dup",
                "local-hounslow-key",
                ScenarioEvents.heathrowRedundancies().toString()));
        accepted(Http.delete(jobLosses + "/hr1-2020-0412-dup", "local-hounslow-key"));

        // Belfast: two grants in one JSON batch.
        posts.belfastGrantsInABatch();

        // Bradford: green jobs in a CSV batch.
        posts.bradfordHeatPumpsInACsvBatch();

        // Refused: never counts.
        assertThat(Http.put(jobLosses + "/bad-1", "local-hounslow-key", """
                {"place": "E09000099", "sicCode": "51.10", "occurredOn": "2020-04-14",
                 "employer": {"name": "Nobody Ltd"}, "jobs": 50, "status": "PROPOSED"}""").status())
                .isEqualTo(422);
    }

    @Test
    void viewsShowExactlyTheLiveEvents() {
        final String views = stack.streams().baseUrl();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                Http.get(views + "/v1/uk").json().get("events").asLong())
                        .isEqualTo(4));

        final JsonNode uk = Http.get(views + "/v1/uk").json();
        assertThat(uk.get("jobsAtRisk").asLong()).isZero();
        assertThat(uk.get("jobsLost").asLong()).isEqualTo(900);
        assertThat(uk.get("jobsSafeguarded").asLong()).isEqualTo(38);
        assertThat(uk.get("jobsCreated").asLong()).isEqualTo(42);
        assertThat(uk.get("greenJobsCreated").asLong()).isEqualTo(40);
        assertThat(uk.get("supportAwardedPence").asLong()).isEqualTo(6_500_000);
        assertThat(uk.get("greenInvestmentPence").asLong()).isEqualTo(120_000_000);
        assertThat(uk.get("netJobChange").asLong()).isEqualTo(42 - 900);

        final JsonNode places = Http.get(views + "/v1/places").json();
        assertThat(places.valueStream().map(place -> place.get("place").asString()))
                .containsExactly("E08000032", "E09000018", "N09000003");

        final JsonNode hounslow =
                Http.get(views + "/v1/places/E09000018/sectors/H").json();
        assertThat(hounslow.get("sectorName").asString()).isEqualTo("Transportation and storage");
        assertThat(hounslow.get("jobsLost").asLong()).isEqualTo(900);
        assertThat(hounslow.get("events").asLong()).isEqualTo(1);

        final JsonNode belfastWeeks =
                Http.get(views + "/v1/places/N09000003/weekly").json();
        assertThat(belfastWeeks).hasSize(1);
        assertThat(belfastWeeks.get(0).get("weekStart").asString()).isEqualTo("2021-02-01");
        assertThat(belfastWeeks.get(0).get("jobsSafeguarded").asLong()).isEqualTo(38);

        assertThat(Http.get(views + "/v1/regions/TLE")
                        .json()
                        .get("greenJobsCreated")
                        .asLong())
                .isEqualTo(40);
    }

    @Test
    void viewsCompressWithLz4sNativeLibraryFromTheirSpringBootJar() throws IOException {
        // lz4-java skips its native code when loaded from a jar's own class loader, as in the service's
        // executable jar run here; in a unit test it would load anyway, so only this test can see it.
        assertThat(Files.readString(stack.streams().log()))
                .contains("Kafka's LZ4 compression: LZ4Factory:JNI, checksums: XXHashFactory:JNI");
    }

    @Test
    void prometheusExportsTheViewsAndTheIngestOutcomes() {
        final String metricsUrl = stack.streams().baseUrl() + "/actuator/prometheus";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final String metrics = Http.get(metricsUrl).body();
            assertThat(metrics)
                    .contains(
                            "recovery_jobs_lost{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"} 900.0",
                            "recovery_jobs_at_risk{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"} 0.0",
                            "recovery_jobs_created{application=\"recovery-streams\",place=\"E08000032\",region=\"TLE\",sector=\"F\"} 40.0",
                            "recovery_green_jobs_created{application=\"recovery-streams\",place=\"E08000032\",region=\"TLE\",sector=\"F\"} 40.0",
                            "recovery_support_awarded_pounds{application=\"recovery-streams\",place=\"N09000003\","
                                    + "region=\"TLN\",sector=\"I\"} 65000.0",
                            "recovery_net_job_change{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"} -900.0",
                            "recovery_events{application=\"recovery-streams\",place=\"N09000003\",region=\"TLN\",sector=\"I\"} 2.0",
                            "recovery_place_info{application=\"recovery-streams\",nation=\"Northern Ireland\",place=\"N09000003\","
                                    + "place_name=\"Belfast\",region=\"TLN\",region_name=\"Northern Ireland\"} 1");
        });
        final String ingest =
                Http.get(stack.jobLoss().baseUrl() + "/actuator/prometheus").body();
        assertThat(ingest)
                .contains(
                        "recovery_ingest_events_total{application=\"job-loss-service\",kind=\"job-loss\",outcome=\"accepted\","
                                + "partner=\"hounslow-council\"} 4.0",
                        "recovery_ingest_events_total{application=\"job-loss-service\",kind=\"job-loss\",outcome=\"rejected\","
                                + "partner=\"hounslow-council\"} 1.0");
    }

    @Test
    void prometheusScrapeIsGzippedForScrapersThatAskForIt() {
        final String metricsUrl = stack.streams().baseUrl() + "/actuator/prometheus";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final HttpResponse<byte[]> scrape = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(metricsUrl))
                                    .header("Accept-Encoding", "gzip")
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Encoding")).hasValue("gzip");
            try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(scrape.body()))) {
                assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("recovery_jobs_lost{");
            }
        });
        // A client that does not ask gets plain text.
        assertThat(Http.get(metricsUrl).body()).contains("recovery_jobs_lost{");
    }

    @Test
    void publishesItsDataDictionaryAsJsonCsvAndInTheApiDocs() {
        final String views = stack.streams().baseUrl();

        final Http.Response json = Http.get(views + "/v1/dictionary");
        final Http.Response csv = Http.get(views + "/downloads/dictionary.csv");

        assertThat(json.status()).isEqualTo(200);
        final JsonNode jobs = json.json()
                .path("fields")
                .valueStream()
                .filter(field -> field.path("record").asString().equals("JobLossEvent")
                        && field.path("field").asString().equals("jobs"))
                .findFirst()
                .orElseThrow();
        assertThat(jobs.path("constraints").asString()).isEqualTo("between 1 and 100000");
        assertThat(json.json()
                        .path("measures")
                        .valueStream()
                        .map(measure -> measure.path("measure").asString()))
                .contains("jobsLost", "netJobChange", "eventImpliedIndex");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst())
                .hasValue("kind,record,field,label,type,unit,required,meaning,constraints,addedInVersion");
        assertThat(csv.headers().firstValue("Link"))
                .hasValue("</downloads/dictionary.csv-metadata.json>; rel=\"describedby\"");
        assertThat(Http.get(views + "/downloads/dictionary.csv-metadata.json")
                        .json()
                        .path("tableSchema")
                        .path("columns")
                        .valueStream()
                        .map(column -> column.path("name").asString())
                        .toList())
                .containsExactly(csv.body().lines().findFirst().orElseThrow().split(","));
        final JsonNode apiDocs = Http.get(views + "/v3/api-docs").json();
        assertThat(apiDocs.path("paths").propertyNames()).contains("/v1/dictionary", "/downloads/dictionary.csv");
        assertThat(apiDocs.path("info").path("license").path("name").asString())
                .isEqualTo("Open Government Licence v3.0");
    }
}
