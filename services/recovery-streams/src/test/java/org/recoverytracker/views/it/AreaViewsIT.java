package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaMember;
import org.recoverytracker.reference.records.AreaVisibility;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.Topic;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.LocalPartner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Areas partners defined, on two instances of the streams service and a real (embedded KRaft)
 * broker: area records (some before the instances start, so that their stores are built from the
 * topic, and some after) and events produced straight to their topics, and every area view, from
 * either instance, equal to the sum of its members' place views in the weeks each counts.
 */
class AreaViewsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOCAL_PARTNERS = "spring.config.import=classpath:recovery-local-partners.yml";

    private static final String HOUNSLOW = "E09000018";
    private static final String BRADFORD = "E08000032";
    private static final String BELFAST = "N09000003";
    private static final String CARDIFF = "W06000015";

    /** Five Mondays in a row: the events' weeks. */
    private static final List<LocalDate> WEEKS = List.of(
            LocalDate.of(2021, 3, 1),
            LocalDate.of(2021, 3, 8),
            LocalDate.of(2021, 3, 15),
            LocalDate.of(2021, 3, 22),
            LocalDate.of(2021, 3, 29));

    /**
     * Public, the national partner's: Hounslow throughout; Bradford joining on the Wednesday of
     * week 2 and leaving on the Tuesday of week 3; Belfast listed twice, its two periods both
     * touching week 1; Cardiff never (it has events, but is no member).
     */
    private static final Area MIXED = area(
            "mixed",
            LocalPartner.NATIONAL.id(),
            AreaVisibility.PUBLIC,
            member(HOUNSLOW, null, null),
            member(BRADFORD, LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 16)),
            member(BELFAST, null, LocalDate.of(2021, 3, 2)),
            member(BELFAST, LocalDate.of(2021, 3, 4), null));

    /** Private, Bradford's own. */
    private static final Area BRADFORD_ONLY =
            area("bradford-private", LocalPartner.BRADFORD.id(), AreaVisibility.PRIVATE, member(BRADFORD, null, null));

    @TempDir
    static Path stateDirs;

    private static TwoViewsInstances views;
    private static ViewsInstance first;
    private static ViewsInstance second;
    /** When the first event was appended: before it, no area had live events. */
    private static Instant beforeEvents;

    @BeforeAll
    static void startBrokerAndInstances() throws Exception {
        views = TwoViewsInstances.start(stateDirs, AreaViewsIT::defineAreasBeforeAnyInstance, LOCAL_PARTNERS);
        first = views.first();
        second = views.second();
        beforeEvents = Instant.now();
        Thread.sleep(5);
        produce();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ViewsInstance instance : List.of(first, second)) {
                assertThat(field(instance.get("/v1/uk"), "events")).isEqualTo(4L * WEEKS.size() * 2);
                assertThat(ids(instance.get("/v1/areas", LocalPartner.BRADFORD.key())))
                        .containsExactly("bradford-private", "mixed");
            }
        });
    }

    @AfterAll
    static void stopEverything() {
        if (views != null) {
            views.close();
        }
    }

    @Test
    void anAreasWeeksAreTheSumOfItsMembersWeeksInTheWeeksEachCounts() {
        final Map<LocalDate, Map<String, Long>> expected = expectedWeeks();
        assertThat(expected.get(WEEKS.get(0))).isNotEqualTo(expected.get(WEEKS.get(1)));
        for (ViewsInstance instance : List.of(first, second)) {
            final JsonNode weeks = json(instance.get("/v1/areas/mixed/weekly"));
            final Map<LocalDate, Map<String, Long>> actual = new TreeMap<>();
            weeks.forEach(week -> {
                actual.put(LocalDate.parse(week.get("weekStart").asString()), measures(week));
                assertThat(week.get("provisional").asBoolean()).isFalse();
            });
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(first.get("/v1/areas/mixed/weekly?from=2021-03-08&to=2021-03-15")
                        .body())
                .isEqualTo(second.get("/v1/areas/mixed/weekly?from=2021-03-08&to=2021-03-15")
                        .body());
        assertThat(json(first.get("/v1/areas/mixed/weekly?from=2021-03-08&to=2021-03-15")))
                .hasSize(2);
    }

    @Test
    void anAreasTotalsAreTheSumOfItsWeeksAndOfItsSectors() {
        final Map<String, Long> total = new TreeMap<>();
        expectedWeeks()
                .values()
                .forEach(week -> week.forEach((measure, value) -> total.merge(measure, value, Long::sum)));
        for (ViewsInstance instance : List.of(first, second)) {
            final JsonNode area = json(instance.get("/v1/areas/mixed"));
            assertThat(area.get("areaId").asString()).isEqualTo("mixed");
            assertThat(area.get("name").asString()).isEqualTo("Mixed");
            assertThat(measures(area)).isEqualTo(total);
            final Map<String, Long> sectors = new TreeMap<>();
            area.get("sectors")
                    .forEach(sector ->
                            measures(sector).forEach((measure, value) -> sectors.merge(measure, value, Long::sum)));
            assertThat(sectors).isEqualTo(total);
        }
    }

    @Test
    void aPrivateAreaIsSeenByItsOwnerOnly() {
        assertThat(ids(first.get("/v1/areas"))).containsExactly("mixed");
        assertThat(ids(second.get("/v1/areas", LocalPartner.HOUNSLOW.key()))).containsExactly("mixed");
        assertThat(ids(second.get("/v1/areas", LocalPartner.NATIONAL.key()))).containsExactly("mixed");

        assertThat(first.get("/v1/areas/bradford-private").status()).isEqualTo(404);
        assertThat(first.get("/v1/areas/bradford-private/weekly", LocalPartner.HOUNSLOW.key())
                        .status())
                .isEqualTo(404);
        final ViewsInstance.Response unknown = first.get("/v1/areas/no-such-area");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(first.get("/v1/areas/bradford-private").body().replace("bradford-private", "no-such-area"))
                .isEqualTo(unknown.body().replace("bradford-private", "no-such-area"));

        final JsonNode own = json(second.get("/v1/areas/bradford-private", LocalPartner.BRADFORD.key()));
        assertThat(own.get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(measures(own)).isEqualTo(placeTotal(BRADFORD));
    }

    @Test
    void listsEachVisibleAreaWithItsMembers() {
        final JsonNode mixed = json(first.get("/v1/areas")).get(0);
        assertThat(mixed.get("owner").asString()).isEqualTo(LocalPartner.NATIONAL.id());
        assertThat(mixed.get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(mixed.get("members")).hasSize(4);
        assertThat(mixed.get("members").get(1).get("from").asString()).isEqualTo("2021-03-10");
        assertThat(mixed.get("members").get(1).get("to").asString()).isEqualTo("2021-03-16");
        assertThat(mixed.get("members").get(0).has("from")).isFalse();
    }

    @Test
    void answersAsOfAnInstantWithTheFiguresOfThen() {
        assertThat(first.get("/v1/areas/mixed?asOf=" + beforeEvents).status()).isEqualTo(404);
        assertThat(json(second.get("/v1/areas/mixed/weekly?asOf=" + beforeEvents)))
                .isEmpty();
        assertThat(measures(json(first.get("/v1/areas/mixed?asOf=" + Instant.now()))))
                .isEqualTo(measures(json(first.get("/v1/areas/mixed"))));
    }

    @Test
    void downloadsAPublicAreaAsTheApiAnswersItAndNoPrivateOne() {
        final Map<String, Long> total = measures(json(second.get("/v1/areas/mixed")));
        final ViewsInstance.Response csv = first.get("/downloads/areas/mixed.csv");
        assertThat(csv.status()).isEqualTo(200);
        final List<String> lines = csv.body().lines().toList();
        final List<String> header = List.of(lines.get(0).split(","));
        final List<String> all = List.of(lines.get(1).split(","));
        assertThat(all.subList(0, 4)).containsExactly("mixed", "Mixed", "", "All sectors");
        total.forEach((measure, value) ->
                assertThat(all.get(header.indexOf(measure))).as(measure).isEqualTo(value.toString()));
        assertThat(second.get("/downloads/areas/mixed/weekly.csv").body().lines())
                .hasSize(json(first.get("/v1/areas/mixed/weekly")).size() + 1);

        assertThat(first.get("/downloads/areas/bradford-private.csv", LocalPartner.BRADFORD.key())
                        .status())
                .isEqualTo(404);
        assertThat(first.get("/downloads/areas/bradford-private/weekly.csv").status())
                .isEqualTo(404);
    }

    /**
     * The dashboard's public page of a public area, on either instance, shows the figures the open
     * API answers from the release just cut, and the members as defined; a private one has no page,
     * whoever asks, as it has no downloads.
     */
    @Test
    void showsAPublicAreaOnTheDashboardAsTheOpenApiAnswersItAndNoPrivateOne() {
        final String release = views.cutRelease(first);
        final JsonNode total = json(second.get("/open/v1/areas/mixed"));
        assertThat(second.get("/open/v1/areas/mixed").header("X-Release")).isEqualTo(release);
        for (ViewsInstance instance : List.of(first, second)) {
            final ViewsInstance.Response response = instance.get("/areas/mixed");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            final Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("#app-last-checked").attr("data-release"))
                    .isEqualTo(release);
            for (String measure : List.of("events", "jobsLost", "jobsAtRisk")) {
                assertThat(page.select(".app-figure__value[data-area=area][data-measure=" + measure + "]")
                                .text())
                        .as(measure)
                        .isEqualTo(OpenPageText.of(total, measure));
            }
            assertThat(page.select("#members-table tbody tr").eachAttr("data-place"))
                    .containsExactly(HOUNSLOW, BRADFORD, BELFAST, BELFAST);
            assertThat(page.select("#members-table tr[data-place=" + BRADFORD + "] td")
                            .eachText())
                    .containsExactly(BRADFORD, "10 March 2021", "16 March 2021");
            assertThat(page.select("[data-weeks-of=area] tr"))
                    .hasSize(json(first.get("/open/v1/areas/mixed/weekly")).size());
        }
        assertThat(first.get("/areas/bradford-private", LocalPartner.BRADFORD.key())
                        .status())
                .isEqualTo(404);
        final Document overview = Jsoup.parse(second.get("/").body());
        assertThat(overview.select("#areas-table tbody tr").eachAttr("data-area-id"))
                .containsExactly("mixed");
    }

    @Test
    void answersWithProblemsForBadRequests() {
        assertThat(first.get("/v1/areas/not%20an%20id").status()).isEqualTo(400);
        assertThat(first.get("/v1/areas/" + "x".repeat(65)).status()).isEqualTo(400);
        assertThat(first.get("/v1/areas/mixed/weekly?from=yesterday").status()).isEqualTo(400);
        assertThat(first.get("/v1/areas/mixed?asOf=2999-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(first.get("/v1/areas", "not-a-partner-key").status()).isEqualTo(401);
        assertThat(first.get("/v1/areas/mixed", "not-a-partner-key").status()).isEqualTo(401);
    }

    @Test
    void eachInstanceExportsThePartOfAPublicAreaFromThePlacesItHoldsAndNothingOfAPrivateOne() {
        final Map<String, Double> expected = new TreeMap<>();
        json(first.get("/v1/areas/mixed"))
                .get("sectors")
                .forEach(sector -> expected.put(
                        sector.get("sector").asString(), sector.get("jobsLost").asDouble()));
        // Its owner asks for the private area on both instances, which gather it from each other.
        for (ViewsInstance instance : List.of(first, second)) {
            assertThat(instance.get("/v1/areas/bradford-private/weekly", LocalPartner.BRADFORD.key())
                            .status())
                    .isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final Map<String, Double> sum = new TreeMap<>();
            for (ViewsInstance instance : List.of(first, second)) {
                final String scrape = instance.get("/actuator/prometheus").body();
                assertThat(scrape).doesNotContain("bradford-private");
                final Matcher line = Pattern.compile(
                                "^recovery_area_jobs_lost\\{[^}]*area=\"mixed\",sector=\"(\\w)\"} (\\S+)$",
                                Pattern.MULTILINE)
                        .matcher(scrape);
                while (line.find()) {
                    sum.merge(line.group(1), Double.parseDouble(line.group(2)), Double::sum);
                }
            }
            assertThat(sum).isEqualTo(expected);
        });
        assertThat(first.get("/actuator/prometheus").body()
                        + second.get("/actuator/prometheus").body())
                .contains("recovery_area_info{application=\"recovery-streams\",area=\"mixed\",area_name=\"Mixed\"} 1");
    }

    /** The mixed area's weeks, summed here from its members' place weekly views as the API gives them. */
    private static Map<LocalDate, Map<String, Long>> expectedWeeks() {
        final Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
        for (String place : List.of(HOUNSLOW, BRADFORD, BELFAST, CARDIFF)) {
            json(first.get("/v1/places/" + place + "/weekly")).forEach(week -> {
                final LocalDate weekStart =
                        LocalDate.parse(week.get("weekStart").asString());
                if (countsIn(MIXED, place, weekStart)) {
                    measures(week)
                            .forEach((measure, value) -> weeks.computeIfAbsent(weekStart, start -> new TreeMap<>())
                                    .merge(measure, value, Long::sum));
                }
            });
        }
        return weeks;
    }

    /** The contract's rule, written out again for the test: a member counts in a week its period overlaps. */
    private static boolean countsIn(Area area, String place, LocalDate monday) {
        final LocalDate sunday = monday.plusDays(6);
        return area.getMembers().stream()
                .anyMatch(member -> member.getPlace().equals(place)
                        && (member.getFrom() == null || !member.getFrom().isAfter(sunday))
                        && (member.getTo() == null || !member.getTo().isBefore(monday)));
    }

    private static Map<String, Long> placeTotal(String place) {
        return measures(json(first.get("/v1/places/" + place)));
    }

    /** Two job losses per place and week, in two sectors, with amounts that differ by place and week. */
    private static void produce() throws Exception {
        try (KafkaProducer<String, byte[]> producer = views.producer()) {
            final String[] places = {HOUNSLOW, BRADFORD, BELFAST, CARDIFF};
            for (int p = 0; p < places.length; p++) {
                for (int w = 0; w < WEEKS.size(); w++) {
                    for (SicSection sector : List.of(SicSection.H, SicSection.I)) {
                        final JobLossEvent event = SampleEvents.jobLoss()
                                .setPartner(LocalPartner.NATIONAL.id())
                                .setEventId("jl-" + p + "-" + w + "-" + sector)
                                .setPlace(places[p])
                                .setSicCode(null)
                                .setSector(sector)
                                .setOccurredOn(WEEKS.get(w).plusDays(2))
                                .setJobs(1 + 10 * p + w + (sector == SicSection.I ? 1000 : 0))
                                .setStatus(w % 2 == 0 ? JobLossStatus.CONFIRMED : JobLossStatus.PROPOSED)
                                .build();
                        producer.send(new ProducerRecord<>(
                                        EventKind.JOB_LOSS.topic(),
                                        LocalPartner.NATIONAL.id() + "/" + event.getEventId(),
                                        EventCodec.of(JobLossEvent.class).encode(event)))
                                .get();
                    }
                }
            }
            send(producer, BRADFORD_ONLY);
        }
    }

    /**
     * The mixed area, then another partner's record for its id and a record that is no area: the
     * instances build their stores from the topic as they start, through the same checks as later
     * records, so the first owner keeps the id and the garbage is skipped.
     */
    private static void defineAreasBeforeAnyInstance(TestBroker broker) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
                KafkaProducer<String, byte[]> producer = TwoViewsInstances.producer(broker)) {
            admin.createTopics(List.of(RecoveryTopics.AREAS.newTopic(new Topic.Layout(1, (short) 1, 1))))
                    .all()
                    .get();
            send(producer, MIXED);
            send(
                    producer,
                    Area.newBuilder(area(
                                    "mixed",
                                    LocalPartner.BRADFORD.id(),
                                    AreaVisibility.PUBLIC,
                                    member(CARDIFF, null, null)))
                            .setName("Hijacked")
                            .build());
            producer.send(new ProducerRecord<>(
                            RecoveryTopics.AREA, "junk", "not an area".getBytes(StandardCharsets.UTF_8)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not define the areas", e);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Area area)
            throws InterruptedException, ExecutionException {
        producer.send(new ProducerRecord<>(
                        RecoveryTopics.AREA,
                        area.getAreaId(),
                        EventCodec.of(Area.class).encode(area)))
                .get();
    }

    private static Area area(String areaId, String owner, AreaVisibility visibility, AreaMember... members) {
        return Area.newBuilder()
                .setAreaId(areaId)
                .setOwner(owner)
                .setReceivedAt(Instant.parse("2024-06-03T09:00:00Z"))
                .setName(areaId.substring(0, 1).toUpperCase() + areaId.substring(1))
                .setVisibility(visibility)
                .setMembers(List.of(members))
                .build();
    }

    private static AreaMember member(String place, LocalDate from, LocalDate to) {
        return new AreaMember(place, from, to);
    }

    private static Set<String> ids(ViewsInstance.Response response) {
        final Set<String> ids = new TreeSet<>();
        json(response).forEach(area -> ids.add(area.get("areaId").asString()));
        return ids;
    }

    private static long field(ViewsInstance.Response response, String name) {
        return json(response).get(name).asLong();
    }

    private static JsonNode json(ViewsInstance.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> measures(JsonNode node) {
        return ViewMeasures.of(node);
    }
}
