package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaMember;
import org.recoverytracker.reference.records.AreaVisibility;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.giving.GivingPackageSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The disclosure-controlled open views on two instances of the streams service and a real
 * (embedded KRaft) broker: releases cut on request, gathered from both instances, answered by
 * either from its copy of the releases, with the figures profile {@code sdc-1} allows and nothing
 * that names an organisation or an event. The exact views are for partners only here, as the
 * chart's production default has them. The tests run in order: each release builds on the last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenViewsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOUNSLOW = "E09000018";
    private static final String EALING = "E09000009";
    private static final String BRADFORD = "E08000032";
    private static final LocalDate WEEK = LocalDate.of(2021, 3, 1);
    /** Above the tests' own organisation contributions (about 22), far below the default 20,000. */
    private static final int MAX_ORGANISATION_CELLS = 30;

    @TempDir
    static Path stateDirs;

    private static TwoViewsInstances views;
    private static ViewsInstance first;
    private static ViewsInstance second;
    /** Every organisation name, company number and event id produced: none may appear in an open answer. */
    private static final List<String> IDENTIFIERS = new ArrayList<>();

    private static String firstRelease;
    private static int events;

    @BeforeAll
    static void startBrokerAndInstances() {
        views = TwoViewsInstances.start(
                stateDirs,
                "spring.config.import=classpath:recovery-local-partners.yml",
                "recovery.open.scheduled=false",
                "recovery.open.releases-kept=4",
                "recovery.open.max-organisation-cells=" + MAX_ORGANISATION_CELLS,
                "recovery.views.exact-api.exposure=partners");
        first = views.first();
        second = views.second();
        // Hounslow, air transport: four employers, none dominant (40 + 30 + 20 + 10 = 100).
        jobsLost(HOUNSLOW, SicSection.H, "Heathrow Cargo", 40, 30, 20, 10);
        // Hounslow, manufacturing: one employer, so confidential.
        jobsLost(HOUNSLOW, SicSection.C, "Brentford Foundry", 12);
        // Hounslow, retail: three employers (5 + 5 + 5 = 15).
        jobsLost(HOUNSLOW, SicSection.G, "Hounslow Retail", 5, 5, 5);
        // Ealing, air transport: three employers, one dominant (120 of 130): rounded strictly.
        jobsLost(EALING, SicSection.H, "Ealing Logistics", 120, 6, 4);
        // Bradford: two employers, so confidential, and so is Yorkshire and The Humber.
        jobsLost(BRADFORD, SicSection.C, "Bradford Mills", 50, 60);
        awaitExactEvents();
    }

    @AfterAll
    static void stopEverything() {
        if (views != null) {
            views.close();
        }
    }

    @Test
    @Order(1)
    void beforeAnyReleaseTheOpenViewsHaveNothingToShow() {
        assertThat(first.get("/open/v1/releases").body()).isEqualTo("[]");
        final ViewsInstance.Response uk = first.get("/open/v1/uk");
        assertThat(uk.status()).isEqualTo(404);
        assertThat(uk.body()).contains("No release of the open views has been published yet");
        assertThat(uk.header("X-SDC-Profile")).isEqualTo("sdc-1");
    }

    @Test
    @Order(2)
    void onlyAPartnerThatMayWriteForEveryPlaceCutsARelease() {
        assertThat(first.post("/open/v1/releases", null).status()).isEqualTo(401);
        assertThat(first.post("/open/v1/releases", "not-a-key").status()).isEqualTo(401);
        final ViewsInstance.Response local = first.post("/open/v1/releases", LocalPartner.HOUNSLOW.key());
        assertThat(local.status()).isEqualTo(403);
        assertThat(local.body()).contains("may not cut releases");

        final List<String> exactPaths = List.of(
                "/v1/places",
                "/v1/places/" + HOUNSLOW,
                "/v1/places/" + HOUNSLOW + "/weekly",
                "/v1/uk",
                "/v1/regions/TLI");
        final List<String> exactBefore = exactPaths.stream()
                .map(path -> second.get(path, LocalPartner.NATIONAL.key()).body())
                .toList();
        final ViewsInstance.Response cut = first.post("/open/v1/releases", LocalPartner.NATIONAL.key());
        assertThat(cut.status()).as(cut.body()).isEqualTo(201);
        // Cutting a release changes nothing of the exact views
        assertThat(exactPaths.stream()
                        .map(path ->
                                second.get(path, LocalPartner.NATIONAL.key()).body())
                        .toList())
                .isEqualTo(exactBefore);
        final JsonNode release = json(cut.body());
        firstRelease = release.get("id").asString();
        assertThat(firstRelease).matches("\\d{4}-\\d{2}-\\d{2}-1");
        assertThat(release.get("date").asString()).isEqualTo(firstRelease.substring(0, 10));
        assertThat(release.get("profile").asString()).isEqualTo("sdc-1");
        assertThat(release.has("cutAt")).isFalse();
        assertThat(cut.header("Location")).isEqualTo("/open/v1/releases/" + firstRelease);
        assertThat(json(second.get("/open/v1/releases").body()).get(0).get("id").asString())
                .isEqualTo(firstRelease);
    }

    @Test
    @Order(3)
    void publishesFiguresOfThreeOrMoreOrganisationsRoundedAndSuppressesTheRest() {
        final ViewsInstance.Response response = first.get("/open/v1/places/" + HOUNSLOW);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("X-SDC-Profile")).isEqualTo("sdc-1");
        assertThat(response.header("X-Release")).isEqualTo(firstRelease);
        final JsonNode hounslow = json(response.body());
        // 127 jobs lost from eight employers, no dominant one: 50-249 rounds to the nearest 25
        assertThat(hounslow.get("jobsLost").asLong()).isEqualTo(125);
        // 8 events: the nearest 5
        assertThat(hounslow.get("events").asLong()).isEqualTo(10);
        assertThat(hounslow.get("nation").asString()).isEqualTo("England");

        final JsonNode air = sector(hounslow, "H");
        assertThat(air.get("jobsLost").asLong()).isEqualTo(100);
        assertThat(air.get("flags").has("jobsLost")).isFalse();
        final JsonNode manufacturing = sector(hounslow, "C");
        assertThat(manufacturing.get("jobsLost").isNull()).isTrue();
        assertThat(strings(manufacturing.get("flags").get("jobsLost"))).containsExactly("c");
        assertThat(manufacturing.get("events").isNull()).isTrue();
        // Rule 6: with the place's total published, one suppressed sector would be its total less
        // the others, so the smallest other (retail, 15) is suppressed too.
        final JsonNode retail = sector(hounslow, "G");
        assertThat(retail.get("jobsLost").isNull()).isTrue();
        assertThat(strings(retail.get("flags").get("jobsLost"))).containsExactly("c");

        // One employer gives 120 of Ealing's 130: dominated, so rounded to the nearest 50, not 25.
        assertThat(json(first.get("/open/v1/places/" + EALING + "/sectors/H").body())
                        .get("jobsLost")
                        .asLong())
                .isEqualTo(150);
        assertThat(json(first.get("/open/v1/places/" + BRADFORD).body())
                        .get("jobsLost")
                        .isNull())
                .isTrue();
        assertThat(json(first.get("/open/v1/regions/TLE").body())
                        .get("jobsLost")
                        .isNull())
                .isTrue();
        // The exact views are untouched
        assertThat(json(first.get("/v1/places/" + HOUNSLOW, LocalPartner.NATIONAL.key())
                                .body())
                        .get("jobsLost")
                        .asLong())
                .isEqualTo(127);
    }

    @Test
    @Order(4)
    void mirrorsEveryViewOfTheViewsApiAndAnswersTheSameOnEitherInstance() {
        for (String path : List.of(
                "/open/v1/places",
                "/open/v1/places/" + HOUNSLOW,
                "/open/v1/places/" + HOUNSLOW + "/sectors/H",
                "/open/v1/places/" + HOUNSLOW + "/weekly",
                "/open/v1/places/" + HOUNSLOW + "/sectors/H/weekly?from=2021-03-01&to=2021-03-07",
                "/open/v1/regions/TLI",
                "/open/v1/regions/TLI/weekly",
                "/open/v1/uk",
                "/open/v1/uk/weekly")) {
            final ViewsInstance.Response answer = first.get(path);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            assertThat(second.get(path).body()).as(path).isEqualTo(answer.body());
        }
        final JsonNode places = json(first.get("/open/v1/places").body());
        assertThat(places.findValuesAsString("place")).containsExactly(BRADFORD, EALING, HOUNSLOW);
        final JsonNode week = json(first.get("/open/v1/places/" + HOUNSLOW + "/weekly")
                        .body())
                .get(0);
        assertThat(week.get("weekStart").asString()).isEqualTo(WEEK.toString());
        assertThat(week.get("provisional").asBoolean()).isFalse();
        final JsonNode sector =
                json(first.get("/open/v1/places/" + HOUNSLOW + "/sectors/H").body());
        assertThat(sector.get("sectorName").asString()).isEqualTo("Transportation and storage");
        assertThat(sector.get("lastUpdated").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json(first.get("/open/v1/uk").body()).get("sectors").findValuesAsString("sector"))
                .containsExactly("C", "G", "H");
    }

    @Test
    @Order(6)
    void noOpenAnswerNamesAnOrganisationACompanyOrAnEvent() {
        final StringBuilder bodies = new StringBuilder();
        for (String path : List.of(
                "/open/v1/places",
                "/open/v1/places/" + HOUNSLOW,
                "/open/v1/places/" + EALING + "/sectors/H",
                "/open/v1/places/" + BRADFORD + "/weekly",
                "/open/v1/regions/TLI",
                "/open/v1/uk",
                "/open/v1/uk/weekly",
                "/open/v1/releases",
                "/open/downloads/places.csv",
                "/open/downloads/places/" + HOUNSLOW + ".csv",
                "/open/downloads/regions/TLI/weekly.csv",
                "/open/downloads/uk.csv")) {
            bodies.append(first.get(path).body());
        }
        assertThat(bodies).isNotEmpty();
        assertThat(IDENTIFIERS).hasSizeGreaterThan(30);
        for (String identifier : IDENTIFIERS) {
            assertThat(bodies.toString()).as(identifier).doesNotContainIgnoringCase(identifier);
        }
    }

    @Test
    @Order(5)
    void downloadsTheOpenFiguresWithTheirFlagsAndDescribesThemWithTheirRelease() {
        final ViewsInstance.Response csv = second.get("/open/downloads/places/" + HOUNSLOW + ".csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Link"))
                .isEqualTo("</open/downloads/places/" + HOUNSLOW + ".csv-metadata.json>; rel=\"describedby\"");
        assertThat(csv.header("X-Release")).isEqualTo(firstRelease);
        assertThat(csv.header("X-SDC-Profile")).isEqualTo("sdc-1");
        final List<String> lines = csv.body().lines().toList();
        final List<String> header = List.of(lines.get(0).split(",", -1));
        assertThat(header).containsSubsequence("jobsLost", "jobsLost_flags", "events", "events_flags");
        final List<String> all = List.of(lines.get(1).split(",", -1));
        assertThat(all.get(header.indexOf("sectorName"))).isEqualTo("All sectors");
        assertThat(all.get(header.indexOf("jobsLost"))).isEqualTo("125");
        assertThat(all.get(header.indexOf("jobsLost_flags"))).isEmpty();
        final List<String> manufacturing = lines.stream()
                .map(line -> List.of(line.split(",", -1)))
                .filter(row -> row.get(header.indexOf("sector")).equals("C"))
                .findFirst()
                .orElseThrow();
        assertThat(manufacturing.get(header.indexOf("jobsLost"))).isEmpty();
        assertThat(manufacturing.get(header.indexOf("jobsLost_flags"))).isEqualTo("c");

        final JsonNode description = json(first.get("/open/downloads/places/" + HOUNSLOW + ".csv-metadata.json")
                .body());
        assertThat(description.get("schema:version").asString()).isEqualTo(firstRelease);
        assertThat(description.get("dc:rights").asString()).contains("hounslow-council");
        assertThat(description.get("dc:contributor").toString()).contains("\"uk-recovery-observatory\"");
        final List<String> columns = new ArrayList<>();
        description
                .get("tableSchema")
                .get("columns")
                .forEach(column -> columns.add(column.get("name").asString()));
        assertThat(columns).isEqualTo(header);
        assertThat(json(first.get("/open/downloads/places.csv-metadata.json").body())
                        .get("dc:license")
                        .toString())
                .contains("open-government-licence/version/3");

        assertThat(first.get("/open/downloads/places.csv").body().lines()).hasSize(4);
        assertThat(first.get("/open/downloads/uk/weekly.csv?from=2021-03-01&to=2021-03-07")
                        .body()
                        .lines())
                .hasSize(2);
        assertThat(first.get("/open/downloads/places/E06000001.csv").status()).isEqualTo(404);
        assertThat(first.get("/open/downloads/regions/TLX.csv").status()).isEqualTo(400);
    }

    @Test
    @Order(7)
    void aChangeFromFewerThanThreeOrganisationsIsHeldBackUntilThreeHaveChanged() {
        jobsLost(HOUNSLOW, SicSection.H, "Feltham Freight", 60);
        awaitExactEvents();
        final String secondRelease = cut();
        final JsonNode held =
                json(first.get("/open/v1/places/" + HOUNSLOW + "/sectors/H").body());
        // Exactly 160 now, but one employer made the change: the previous release's 100 stays, flagged p
        assertThat(held.get("jobsLost").asLong()).isEqualTo(100);
        assertThat(strings(held.get("flags").get("jobsLost"))).containsExactly("p");
        assertThat(json(first.get("/v1/places/" + HOUNSLOW + "/sectors/H", LocalPartner.HOUNSLOW.key())
                                .body())
                        .get("jobsLost")
                        .asLong())
                .isEqualTo(160);
        final JsonNode before = json(second.get("/open/v1/places/" + HOUNSLOW + "/sectors/H?release=" + firstRelease)
                .body());
        assertThat(before.get("jobsLost").asLong()).isEqualTo(100);
        assertThat(before.get("flags").has("jobsLost")).isFalse();
        // The public page shows the latest release, not the exact views: the held 100, with its symbol
        final Document page = Jsoup.parse(second.get("/places/" + HOUNSLOW).body());
        assertThat(page.selectFirst("#app-last-checked").attr("data-release")).isEqualTo(secondRelease);
        assertThat(transportJobsLost(page)).isEqualTo("100 [p]");
        assertThat(page.select("[data-measure=jobsLost]").eachText()).noneMatch(shown -> shown.contains("160"));

        jobsLost(HOUNSLOW, SicSection.H, "Hatton Cross Catering", 5, 5);
        awaitExactEvents();
        cut();
        // 170 from three employers that changed since 100 was published: released, nearest 25
        final JsonNode released =
                json(second.get("/open/v1/places/" + HOUNSLOW + "/sectors/H").body());
        assertThat(released.get("jobsLost").asLong()).isEqualTo(175);
        assertThat(released.get("flags").has("jobsLost")).isFalse();
        assertThat(transportJobsLost(
                        Jsoup.parse(first.get("/places/" + HOUNSLOW).body())))
                .isEqualTo("175");
        assertThat(json(first.get("/open/v1/releases").body()).findValuesAsString("id"))
                .containsExactly(firstRelease, secondRelease, firstRelease.replaceAll("-1$", "-3"));
    }

    @Test
    @Order(8)
    void theExactFiguresAskForAPartnersCredentialAndTheOpenOnesForNone() {
        for (String exact : List.of(
                "/v1/uk", "/v1/places", "/v1/places/" + HOUNSLOW + "/weekly", "/v1/regions/TLI", "/downloads/uk.csv")) {
            final ViewsInstance.Response anonymous = second.get(exact);
            assertThat(anonymous.status()).as(exact).isEqualTo(401);
            assertThat(anonymous.challenge()).contains("X-API-Key");
            assertThat(anonymous.body()).contains("/open/v1");
            assertThat(second.get(exact, "not-a-key").status()).as(exact).isEqualTo(401);
            assertThat(second.get(exact, LocalPartner.BELFAST.key()).status())
                    .as(exact)
                    .isEqualTo(200);
        }
        for (String open : List.of("/open/v1/uk", "/open/v1/releases", "/v1/dictionary", "/downloads/dictionary.csv")) {
            assertThat(first.get(open).status()).as(open).isEqualTo(200);
        }
    }

    @Test
    @Order(9)
    void answersBadRequestsWithProblems() {
        assertThat(first.get("/open/v1/uk?release=yesterday").status()).isEqualTo(400);
        assertThat(first.get("/open/v1/uk?release=2020-01-01-1").status()).isEqualTo(404);
        assertThat(first.get("/open/v1/places/nowhere").status()).isEqualTo(400);
        assertThat(first.get("/open/v1/places/" + HOUNSLOW + "/sectors/Z").status())
                .isEqualTo(400);
        assertThat(first.get("/open/v1/places/E06000001").status()).isEqualTo(404);
        assertThat(first.get("/open/v1/regions/TLX").status()).isEqualTo(400);
        assertThat(first.get("/open/v1/releases/nonsense").status()).isEqualTo(400);
    }

    /**
     * A partner's grants as a 360Giving package valid against the standard: only grants to registered
     * companies, each in its latest version, none retracted, no loans; the number withheld stated.
     */
    @Test
    @Order(10)
    void exportsAPartnersGrantsToCompaniesAsAValid360GivingPackage() {
        final String belfast = LocalPartner.BELFAST.id();
        try (KafkaProducer<String, byte[]> producer = views.producer()) {
            send(producer, grant("g1", "Lagan Bakery Ltd", "NI000001", SupportType.GRANT, 1_000_000));
            send(producer, grant("g2", "Titanic Quarter Tours Ltd", "NI000002", SupportType.GRANT, 2_500_050));
            send(producer, grant("g2", "Titanic Quarter Tours Ltd", "NI000002", SupportType.GRANT, 3_000_000));
            send(producer, grant("g3", "Cathedral Quarter Kitchen Ltd", "NI000003", SupportType.GRANT, 500_000));
            send(producer, grant("g4", "A Sole Trader", null, SupportType.GRANT, 100_000));
            send(producer, grant("g5", "Shankill Loans Ltd", "NI000005", SupportType.LOAN, 9_000_000));
            send(producer, grant("g6", "Withdrawn Ltd", "NI000006", SupportType.GRANT, 700_000));
            producer.send(new ProducerRecord<>(EventKind.BUSINESS_SUPPORT.topic(), belfast + "/g6", null))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }

        final ViewsInstance.Response response = first.get("/open/v1/360giving/" + belfast + ".json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(GivingPackageSchema.errors(response.body())).isEmpty();
        final JsonNode grants = json(response.body()).get("grants");
        final List<String> ids = new ArrayList<>();
        grants.forEach(grant -> ids.add(grant.get("id").asString()));
        assertThat(ids)
                .containsExactly(
                        "360G-RT-" + belfast + "-g1", "360G-RT-" + belfast + "-g2", "360G-RT-" + belfast + "-g3");
        assertThat(grants.get(1).get("amountAwarded").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(grants.get(0).get("recipientOrganization").get(0).get("id").asString())
                .isEqualTo("GB-COH-NI000001");
        assertThat(grants.get(0)
                        .get("beneficiaryLocation")
                        .get(0)
                        .get("geoCode")
                        .asString())
                .isEqualTo("N09000003");
        assertThat(json(response.body()).get("description").asString()).contains("1 more are withheld");
        assertThat(response.body())
                .doesNotContain("A Sole Trader")
                .doesNotContain("Shankill")
                .doesNotContain("Withdrawn");

        final ViewsInstance.Response csv = second.get("/open/v1/360giving/" + belfast + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("X-SDC-Profile")).as("not under sdc-1").isEmpty();
        final List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date");
        assertThat(lines.get(2)).contains(",30000.00,").contains("GB-COH-NI000002");
        final JsonNode description = json(second.get("/open/v1/360giving/" + belfast + ".csv-metadata.json")
                .body());
        assertThat(description.get("tableSchema").get("columns").findValuesAsString("name"))
                .containsExactly(lines.get(0).split(","));

        assertThat(first.get("/open/v1/360giving/no-such-partner.json").status())
                .isEqualTo(404);
        assertThat(first.get("/open/v1/360giving/Not%20A%20Partner.json").status())
                .isEqualTo(400);
        final ViewsInstance.Response none = first.get("/open/v1/360giving/" + LocalPartner.BRADFORD.id() + ".json");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("no grants to publish");
    }

    /** A public area's open figures follow the rules over its members; a private area has none. */
    @Test
    @Order(11)
    void publishesPublicAreasFromTheirMembersAndNoPrivateOnes() throws Exception {
        try (KafkaProducer<String, byte[]> producer = views.producer()) {
            for (Area area : List.of(
                    area("west-london", AreaVisibility.PUBLIC, HOUNSLOW, EALING),
                    area("bradford-own", AreaVisibility.PRIVATE, BRADFORD))) {
                producer.send(new ProducerRecord<>(
                                RecoveryTopics.AREA,
                                area.getAreaId(),
                                EventCodec.of(Area.class).encode(area)))
                        .get();
            }
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> first.get("/v1/areas/west-london", LocalPartner.NATIONAL.key())
                                        .status()
                                == 200
                        && second.get("/v1/areas/west-london", LocalPartner.NATIONAL.key())
                                        .status()
                                == 200);
        cut();
        final JsonNode exact = json(
                first.get("/v1/areas/west-london", LocalPartner.NATIONAL.key()).body());
        assertThat(exact.get("jobsLost").asLong()).isEqualTo(327);

        final ViewsInstance.Response response = second.get("/open/v1/areas/west-london");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        final JsonNode area = json(response.body());
        // 327 jobs lost, no employer dominant: 250-499 rounds to the nearest 50
        assertThat(area.get("jobsLost").asLong()).isEqualTo(350);
        assertThat(area.get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(area.get("sectors").findValuesAsString("sector")).containsExactly("C", "G", "H");
        assertThat(json(first.get("/open/v1/areas/west-london/weekly").body())).hasSize(1);
        assertThat(json(first.get("/open/v1/areas").body()).findValuesAsString("areaId"))
                .containsExactly("west-london");
        assertThat(first.get("/open/v1/areas/bradford-own").status()).isEqualTo(404);
        final List<String> csv = second.get("/open/downloads/areas/west-london.csv")
                .body()
                .lines()
                .toList();
        assertThat(csv.get(1)).startsWith("west-london,west-london,,All sectors,");
        assertThat(csv).hasSize(5);
        assertThat(first.get("/open/downloads/areas/west-london/weekly.csv")
                        .body()
                        .lines())
                .hasSize(2);
        assertThat(first.get("/open/downloads/areas/bradford-own.csv").status()).isEqualTo(404);
        assertThat(json(first.get("/open/downloads/areas/west-london.csv-metadata.json")
                                .body())
                        .get("schema:version")
                        .asString())
                .isEqualTo(json(first.get("/open/v1/releases").body())
                        .get(3)
                        .get("id")
                        .asString());
        assertThat(first.get("/open/v1/areas/not%20an%20id").status()).isEqualTo(400);
    }

    @Test
    @Order(12)
    void keepsTheLatestReleasesOnlyAndForgetsTheOldest() {
        assertThat(json(first.get("/open/v1/releases").body())).hasSize(4);
        final String fifth = cut();
        final List<String> kept = new ArrayList<>();
        json(second.get("/open/v1/releases").body())
                .forEach(release -> kept.add(release.get("id").asString()));
        assertThat(kept).hasSize(4).doesNotContain(firstRelease).endsWith(fifth);
        assertThat(second.get("/open/v1/uk?release=" + firstRelease).status()).isEqualTo(404);
        assertThat(first.get("/open/v1/releases/" + firstRelease).status()).isEqualTo(404);
        assertThat(first.get("/open/v1/uk?release=" + kept.get(0)).status()).isEqualTo(200);
    }

    @Test
    @Order(13)
    void refusesToCutAReleaseFromMoreOrganisationContributionsThanItMayHoldWithoutHoldingThemAll() {
        // 25 more employers in one place, so the instance that serves it alone holds more than 30.
        final long before = ukEvents();
        jobsLost(
                HOUNSLOW,
                SicSection.F,
                "Hounslow Builders",
                IntStream.generate(() -> 1).limit(25).toArray());
        await().atMost(Duration.ofSeconds(60)).until(() -> ukEvents() == before + 25);
        final List<String> refusals = new ArrayList<>();
        for (ViewsInstance cutter : List.of(first, second)) {
            final ViewsInstance.Response cut = cutter.post("/open/v1/releases", LocalPartner.NATIONAL.key());
            assertThat(cut.status()).as(cut.body()).isEqualTo(503);
            refusals.add(json(cut.body()).path("detail").asString());
        }
        // The instance serving Hounslow stops walking its store past the limit; the other is told so by
        // its 503 and passes the reason on. Without the stop both would gather everything and then
        // report the total.
        assertThat(refusals)
                .allMatch(detail -> detail.contains("an instance holds more than " + MAX_ORGANISATION_CELLS
                        + " organisation contributions (recovery.open.max-organisation-cells)"))
                .allMatch(detail -> detail.endsWith(". Retry in a moment.") && !detail.contains("moment. Retry"));
    }

    private static Area area(String areaId, AreaVisibility visibility, String... places) {
        return Area.newBuilder()
                .setAreaId(areaId)
                .setOwner(LocalPartner.NATIONAL.id())
                .setReceivedAt(Instant.parse("2026-12-03T09:00:00Z"))
                .setName(areaId)
                .setVisibility(visibility)
                .setMembers(Arrays.stream(places)
                        .map(place -> new AreaMember(place, null, null))
                        .toList())
                .build();
    }

    private static BusinessSupportEvent grant(
            String eventId, String recipient, String companyNumber, SupportType type, long pence) {
        return SampleEvents.businessSupport()
                .setPartner(LocalPartner.BELFAST.id())
                .setEventId(eventId)
                .setPlace(SampleEvents.BELFAST)
                .setRecipient(Organisation.newBuilder()
                        .setName(recipient)
                        .setCompanyNumber(companyNumber)
                        .build())
                .setSupportType(type)
                .setAmountPence(pence)
                .build();
    }

    private static void send(KafkaProducer<String, byte[]> producer, BusinessSupportEvent event)
            throws InterruptedException, ExecutionException {
        producer.send(new ProducerRecord<>(
                        EventKind.BUSINESS_SUPPORT.topic(),
                        event.getPartner() + "/" + event.getEventId(),
                        EventCodec.of(BusinessSupportEvent.class).encode(event)))
                .get();
    }

    private static String cut() {
        return views.cutRelease(second);
    }

    /** Confirmed job losses, one employer per number of jobs, each with a company number, in {@link #WEEK}. */
    private static void jobsLost(String place, SicSection sector, String employer, int... jobs) {
        try (KafkaProducer<String, byte[]> producer = views.producer()) {
            for (int i = 0; i < jobs.length; i++) {
                final String name = employer + " " + (char) ('A' + i) + " Ltd";
                final String number = "OV" + String.format("%06d", events);
                final JobLossEvent event = SampleEvents.jobLoss()
                        .setPartner(LocalPartner.NATIONAL.id())
                        .setEventId("open-views-" + events)
                        .setPlace(place)
                        .setSicCode(null)
                        .setSector(sector)
                        .setOccurredOn(WEEK.plusDays(2))
                        .setEmployer(Organisation.newBuilder()
                                .setName(name)
                                .setCompanyNumber(number)
                                .build())
                        .setJobs(jobs[i])
                        .setStatus(JobLossStatus.CONFIRMED)
                        .build();
                IDENTIFIERS.addAll(List.of(name, number, event.getEventId()));
                producer.send(new ProducerRecord<>(
                                EventKind.JOB_LOSS.topic(),
                                LocalPartner.NATIONAL.id() + "/" + event.getEventId(),
                                EventCodec.of(JobLossEvent.class).encode(event)))
                        .get();
                events++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live events of the exact UK view, or -1 while it can't be answered. */
    private static long ukEvents() {
        final ViewsInstance.Response uk = first.get("/v1/uk", LocalPartner.BRADFORD.key());
        return uk.status() == 200 ? json(uk.body()).get("events").asLong() : -1;
    }

    private static void awaitExactEvents() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            final ViewsInstance.Response uk = first.get("/v1/uk", LocalPartner.BRADFORD.key());
            assertThat(uk.status()).isEqualTo(200);
            assertThat(json(uk.body()).get("events").asLong()).isEqualTo(events);
        });
    }

    private static JsonNode sector(JsonNode view, String sector) {
        for (JsonNode entry : view.get("sectors")) {
            if (entry.get("sector").asString().equals(sector)) {
                return entry;
            }
        }
        throw new AssertionError("no sector " + sector + " in " + view);
    }

    private static List<String> strings(JsonNode array) {
        final List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** Hounslow's transport jobs lost as the public page's sector table shows them. */
    private static String transportJobsLost(Document page) {
        return page.selectFirst("[data-sectors-of=place] tr[data-sector=H] td[data-measure=jobsLost]")
                .text();
    }
}
