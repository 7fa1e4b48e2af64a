package org.recoverytracker.system.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.system.ScenarioPosts.accepted;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.http.Http.Response;
import tools.jackson.databind.JsonNode;

/**
 * Baselines posted to the reference service and events posted to an ingest service, read back as
 * an index from the views service: the whole path, as processes on a real broker.
 */
class BaselineIndexIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    private static RecoveryStack stack;

    @BeforeAll
    static void postBaselinesAndEvents() {
        stack = SYSTEM.stack();
        // Buckinghamshire's four predecessors, abolished in 2020, with their 2019 figures. Posted first:
        // the baselines topic has one partition, so they are read before what the wait below looks for.
        putBaseline("bres-2019-aylesbury-vale-c", "E07000004", "C", 1_000, "FINAL");
        putBaseline("bres-2019-chiltern-c", "E07000005", "C", 2_000, "FINAL");
        putBaseline("bres-2019-south-bucks-c", "E07000006", "C", 3_000, "FINAL");
        putBaseline("bres-2019-wycombe-c", "E07000007", "C", 4_000, "FINAL");
        // Hounslow's air transport: a provisional figure, then the revised one under another id.
        putBaseline("bres-2019-hounslow-h-p", "E09000018", "H", 40_000, "PROVISIONAL");
        putBaseline("bres-2019-hounslow-h-r", "E09000018", "H", 41_000, "REVISED");
        putBaseline("bres-2019-hounslow-i", "E09000018", "I", 9_000, "FINAL");
        // Harrogate and Craven ended in 2023: their 2019 baselines add up in North Yorkshire.
        putBaseline("bres-2019-harrogate-h", "E07000165", "H", 1_000, "FINAL");
        putBaseline("bres-2019-craven-h", "E07000163", "H", 500, "FINAL");
        putBaseline("bres-2019-bradford-a", "E08000032", "A", 40, "FINAL");

        final String jobLosses = stack.jobLoss().baseUrl() + "/v1/job-losses";
        accepted(Http.put(jobLosses + "/hr1-2020-0412", LocalPartner.HOUNSLOW.key(), """
                {"place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-04-14",
                 "employer": {"name": "Westway Airways Ltd"}, "jobs": 900, "status": "CONFIRMED"}"""));
        accepted(Http.put(jobLosses + "/hr1-2020-0601", LocalPartner.HOUNSLOW.key(), """
                {"place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-06-01",
                 "employer": {"name": "Westway Airways Ltd"}, "jobs": 100, "status": "CONFIRMED"}"""));
        final String support = stack.businessSupport().baseUrl() + "/v1/business-support";
        accepted(Http.put(support + "/grant-1", LocalPartner.HOUNSLOW.key(), """
                {"place": "E09000018", "sector": "I", "occurredOn": "2020-06-03",
                 "recipient": {"name": "Bath Road Cafe Ltd"}, "programme": "Recovery Grant", "supportType": "GRANT",
                 "amountPence": 100000, "jobsSafeguarded": 0, "jobsCreated": 50}"""));

        // Hounslow and Hillingdon; only Hounslow has a baseline.
        accepted(Http.put(stack.reference().baseUrl() + "/v1/areas/test-zone", LocalPartner.HOUNSLOW.key(), """
                {"name": "Test zone", "members": [{"place": "E09000018"}, {"place": "E09000017"}]}"""));

        // The index may answer before the events are counted: the place is a 404 until they are
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> index("/v1/places/E09000018/index")
                                .path("jobsLostPerThousand")
                                .isNumber()
                        && index("/v1/places/E09000018/index")
                                        .get("baseline")
                                        .get("value")
                                        .asLong()
                                == 50_000
                        && index("/v1/places/E09000018").path("jobsLost").asLong() == 1_000);
    }

    @Test
    void setsAPlaceSectorAgainstItsRevisedBaseline() {
        final JsonNode index = index("/v1/places/E09000018/sectors/H/index");

        assertThat(index.get("baseline").get("value").asLong())
                .as("the revised figure, not both")
                .isEqualTo(41_000);
        assertThat(index.get("baseline").get("dataset").asString()).isEqualTo("BRES");
        assertThat(index.get("baseline").get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(index.get("jobsLostPerThousand").asDouble()).isEqualTo(24.39); // 1000 × 1000 / 41000
        assertThat(index.get("netJobChangePct").asDouble()).isEqualTo(-2.44);
        assertThat(index.get("eventImpliedIndex").asDouble()).isEqualTo(97.56);
        assertThat(index.get("reason").isNull()).isTrue();
    }

    @Test
    void setsAPlaceAgainstTheSumOfItsSectors() {
        final JsonNode index = index("/v1/places/E09000018/index?baseline=BRES:EMPLOYEES:2019");

        assertThat(index.get("baseline").get("value").asLong()).isEqualTo(50_000);
        // net job change: 50 created - 1000 lost
        assertThat(index.get("eventImpliedIndex").asDouble()).isEqualTo(98.1);
        assertThat(index.get("jobsLostPerThousand").asDouble()).isEqualTo(20.0);
    }

    @Test
    void aRegionSumsTheDistrictsThatHaveABaselineAndSaysWhatShareTheyAre() {
        final JsonNode london = index("/v1/regions/TLI/index");

        assertThat(london.get("baseline").get("value").asLong()).isEqualTo(50_000);
        assertThat(london.get("baseline").get("coverage").asDouble()).isEqualTo(0.0303); // 1 of London's 33
        final JsonNode uk = index("/v1/uk/index");
        assertThat(uk.get("baseline").get("value").asLong()).isEqualTo(50_000 + 1_500 + 40 + 10_000);
    }

    @Test
    void anAreaIsSetAgainstTheBaselinesOfItsMembers() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Http.get(stack.streams().baseUrl() + "/v1/areas/test-zone/index")
                                .status()
                        == 200);

        final JsonNode area = index("/v1/areas/test-zone/index");
        final JsonNode weeks = index("/v1/areas/test-zone/weekly/index");

        assertThat(area.get("name").asString()).isEqualTo("Test zone");
        assertThat(area.get("baseline").get("value").asLong()).isEqualTo(50_000);
        assertThat(area.get("baseline").get("coverage").asDouble()).isEqualTo(0.5);
        assertThat(area.get("eventImpliedIndex").asDouble()).isEqualTo(98.1);
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(1).get("eventImpliedIndex").asDouble()).isEqualTo(98.1);
    }

    @Test
    void baselinesOfMergedDistrictsAddUpInTheirSuccessor() {
        final JsonNode northYorkshire = index("/v1/places/E06000065/sectors/H/index");

        assertThat(northYorkshire.get("baseline").get("value").asLong()).isEqualTo(1_500);
        assertThat(northYorkshire.get("eventImpliedIndex").asDouble()).isEqualTo(100.0);
    }

    @Test
    void baselinesOfBuckinghamshiresFourPredecessorsAddUpInIt() {
        final JsonNode buckinghamshire = index("/v1/places/E06000060/index");

        assertThat(buckinghamshire.get("baseline").get("value").asLong()).isEqualTo(10_000);
        assertThat(buckinghamshire.get("baseline").get("coverage").asDouble()).isEqualTo(1.0);
        for (String ended : new String[] {"E07000004", "E07000005", "E07000006", "E07000007"}) {
            assertThat(Http.get(stack.streams().baseUrl() + "/v1/places/" + ended + "/index")
                            .status())
                    .as(ended + " has ended: its baseline counts in Buckinghamshire only")
                    .isEqualTo(404);
        }
    }

    /**
     * The issue's own figures, on a baseline of its own (employment, not employees) so that the
     * sums the other tests read are not touched.
     */
    @Test
    void aBaselineOf30000Gives40PerThousandFor1200JobsLostUntilItIsRetracted() {
        final String employment2019 = "/v1/places/E08000003/index?baseline=BRES:EMPLOYMENT:2019";
        accepted(Http.put(
                stack.reference().baseUrl() + "/v1/baselines/bres-2019-employment-manchester",
                LocalPartner.NATIONAL.key(),
                """
                {"dataset": "BRES", "variable": "EMPLOYMENT", "period": "2019", "place": "E08000003",
                 "sector": "C", "value": 30000, "status": "FINAL", "source": {"title": "test figures"}}"""));
        accepted(
                Http.put(stack.jobLoss().baseUrl() + "/v1/job-losses/mcr-2020-0504", LocalPartner.NATIONAL.key(), """
                {"place": "E08000003", "sicCode": "25.11", "occurredOn": "2020-05-04",
                 "employer": {"name": "Ancoats Metalworks Ltd"}, "jobs": 1200, "status": "CONFIRMED"}"""));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(index(employment2019)
                                .path("jobsLostPerThousand")
                                .asDouble())
                        .isEqualTo(40.0));

        final Response retracted = Http.delete(
                stack.reference().baseUrl() + "/v1/baselines/bres-2019-employment-manchester",
                LocalPartner.NATIONAL.key());
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            final JsonNode index = index(employment2019);
            assertThat(index.get("reason").asString()).isEqualTo("NO_BASELINE");
            assertThat(index.get("baseline").get("value").isNull()).isTrue();
            assertThat(index.get("jobsLostPerThousand").isNull()).isTrue();
        });
    }

    @Test
    void withoutABaselineOrWithATinyOneTheFiguresAreNullAndSayWhy() {
        final JsonNode belfast = index("/v1/places/N09000003/index");
        final JsonNode bradford = index("/v1/places/E08000032/sectors/A/index");
        final JsonNode otherYear = index("/v1/places/E09000018/index?baseline=BRES:EMPLOYEES:2021");

        assertThat(belfast.get("reason").asString()).isEqualTo("NO_BASELINE");
        assertThat(belfast.get("eventImpliedIndex").isNull()).isTrue();
        assertThat(belfast.get("jobsLostPerThousand").isNull()).isTrue();
        assertThat(belfast.get("baseline").get("value").isNull()).isTrue();
        assertThat(bradford.get("reason").asString()).isEqualTo("BASELINE_TOO_SMALL");
        assertThat(bradford.get("jobsAtRiskPct").isNull()).isTrue();
        assertThat(otherYear.get("reason").asString()).isEqualTo("NO_BASELINE");
    }

    @Test
    void weeklyRowsCarryTheIndexToDate() {
        final JsonNode weeks = index("/v1/places/E09000018/sectors/H/index/weekly");

        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).get("weekStart").asString()).isEqualTo("2020-04-13");
        assertThat(weeks.get(0).get("jobsLostPerThousand").asDouble()).isEqualTo(21.95);
        assertThat(weeks.get(0).get("eventImpliedIndex").asDouble()).isEqualTo(97.8);
        assertThat(weeks.get(1).get("eventImpliedIndex").asDouble()).isEqualTo(97.56);
        assertThat(weeks.get(1).get("provisional").asBoolean()).isFalse();
        final JsonNode fromJune = index("/v1/places/E09000018/sectors/H/weekly/index?from=2020-05-01");
        assertThat(fromJune).hasSize(1);
        assertThat(fromJune.get(0).get("eventImpliedIndex").asDouble())
                .as("the weeks before from still count in the index")
                .isEqualTo(97.56);
    }

    @Test
    void aMalformedBaselineIsABadRequest() {
        final Response response = Http.get(stack.streams().baseUrl() + "/v1/uk/index?baseline=BRES-2019");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("DATASET:VARIABLE:YEAR");
    }

    private static JsonNode index(String path) {
        final Response response = Http.get(stack.streams().baseUrl() + path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void putBaseline(String id, String place, String sector, long value, String status) {
        accepted(Http.put(
                stack.reference().baseUrl() + "/v1/baselines/" + id, LocalPartner.NATIONAL.key(), """
                {"dataset": "BRES", "variable": "EMPLOYEES", "period": "2019", "place": "%s", "sector": "%s",
                 "value": %d, "status": "%s", "source": {"title": "BRES 2019: test figures, not ONS data"}}""".formatted(
                                place, sector, value, status)));
    }
}
