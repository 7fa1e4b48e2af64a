package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.recoverytracker.views.topology.ExpectedViews;
import org.recoverytracker.views.topology.Measures;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the streams service on a real KRaft broker (in this JVM), fed events produced
 * straight to the topics: every endpoint answers the same, right result from either instance, each
 * gauge is exported by exactly one of them, and when one stops the other takes over everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PLACES = {
        "E09000018",
        "N09000003",
        "E08000032",
        "W06000015",
        "S12000036",
        "E06000010",
        "E09000001",
        "E07000178",
        "E08000025",
        "N09000001",
        "E06000023",
        "E09000033"
    };
    /** The local stack's partners and their dev keys, for the drill-down. */
    private static final String LOCAL_PARTNERS = "spring.config.import=classpath:recovery-local-partners.yml";

    /** Hounslow's accommodation and food: its own notification and the national partner's grant. */
    private static final String HOUNSLOW_FOOD = "/v1/places/E09000018/sectors/I";

    @TempDir
    static Path stateDirs;

    private static TwoViewsInstances views;
    private static TestBroker broker;
    private static ViewsInstance first;
    private static ViewsInstance second;
    private static final Map<String, SpecificRecord> live = new LinkedHashMap<>();
    /** Every version sent, with the time the broker appended it: the knowledge time of as-of questions. */
    private static final List<Sent> sent = new ArrayList<>();

    /** A version of an event (null: a retraction) and when the broker appended it. */
    private record Sent(long appendedAt, String identity, SpecificRecord event) {}

    @BeforeAll
    static void startBrokerAndInstances() throws Exception {
        views = TwoViewsInstances.start(stateDirs, LOCAL_PARTNERS);
        broker = views.broker();
        first = views.first();
        second = views.second();
        produceHistory();
    }

    @AfterAll
    static void stopEverything() {
        if (views != null) {
            views.close();
        }
    }

    @Test
    @Order(1)
    void theTwoInstancesShareEveryPartitionEachServedOnce() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(measures(first.get("/v1/uk"))).isEqualTo(expectedTotal(place -> true)));
        // A rebalance may still be settling when the totals are first right: ask until the split is stable.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            final Set<Integer> firstServes = TwoViewsInstances.partitionsServedBy(first);
            final Set<Integer> secondServes = TwoViewsInstances.partitionsServedBy(second);
            assertThat(firstServes).as("the first instance's").isNotEmpty();
            assertThat(secondServes).as("the second instance's").isNotEmpty();
            assertThat(firstServes).doesNotContainAnyElementsOf(secondServes);
            final Set<Integer> both = new TreeSet<>(firstServes);
            both.addAll(secondServes);
            assertThat(both).containsExactly(0, 1, 2, 3, 4, 5);
        });
    }

    @Test
    @Order(2)
    void everyEndpointGivesTheSameRightAnswerFromEitherInstance() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(measures(second.get("/v1/uk"))).isEqualTo(expectedTotal(place -> true)));
        for (ViewsInstance instance : List.of(first, second)) {
            assertViewsAreRight(instance);
        }
        for (String path : paths()) {
            assertThat(second.get(path).body())
                    .as(path)
                    .isEqualTo(first.get(path).body());
        }
    }

    /**
     * The contract's fields, filters and order against the oracle: a place's weeks between
     * {@code from} and {@code to}, ascending; {@code region} and {@code nation}; the sectors of a
     * region and of the UK; {@code lastUpdated} as the append time of the last record that changed
     * the place × sector (a correction changes the cell it leaves and the one it enters); and 404s
     * for a region without live events and a sector of a place without any.
     */
    @Test
    @Order(2)
    void answersTheContractsFieldsFiltersAndOrderAsTheOracleDoes() {
        final ExpectedViews expected = ExpectedViews.of(live.values());
        final Map<String, Long> lastChanged = lastChangedByCell();
        final String hounslow = "E09000018";
        final TreeMap<LocalDate, Measures> hounslowWeeks = new TreeMap<>();
        expected.sectorWeeks.forEach((key, measures) -> {
            final String[] cell = key.split("\\|");
            if (cell[0].equals(hounslow)) {
                hounslowWeeks.merge(LocalDate.parse(cell[2]), measures, Measures::plus);
            }
        });
        assertThat(hounslowWeeks).as("Hounslow has weeks to filter").hasSizeGreaterThan(2);
        final LocalDate from =
                hounslowWeeks.keySet().stream().skip(1).findFirst().orElseThrow();
        final LocalDate to = hounslowWeeks.lastKey().minusDays(1);
        final List<LocalDate> between = hounslowWeeks.keySet().stream()
                .filter(monday -> !monday.isBefore(from) && !monday.isAfter(to))
                .toList();

        for (ViewsInstance instance : List.of(first, second)) {
            final JsonNode weeks =
                    JSON.readTree(instance.get("/v1/places/" + hounslow + "/weekly?from=" + from + "&to=" + to)
                            .body());
            assertThat(weeks.valueStream()
                            .map(week -> LocalDate.parse(week.get("weekStart").asString())))
                    .as("the weeks from %s to %s, ascending", from, to)
                    .containsExactlyElementsOf(between);
            weeks.forEach(week -> assertThat(measures(week))
                    .isEqualTo(values(hounslowWeeks.get(
                            LocalDate.parse(week.get("weekStart").asString())))));

            final JsonNode place =
                    JSON.readTree(instance.get("/v1/places/" + hounslow).body());
            assertThat(place.get("region").asString()).isEqualTo("TLI");
            assertThat(place.get("nation").asString()).isEqualTo("England");
            assertThat(JSON.readTree(instance.get("/v1/places/N09000003").body())
                            .get("nation")
                            .asString())
                    .isEqualTo("Northern Ireland");

            for (String region : List.of("TLI", "TLN")) {
                final JsonNode answer =
                        JSON.readTree(instance.get("/v1/regions/" + region).body());
                final Map<String, Map<String, Long>> sectors = new TreeMap<>();
                answer.get("sectors")
                        .forEach(sector -> sectors.put(sector.get("sector").asString(), measures(sector)));
                final Map<String, Map<String, Long>> want = new TreeMap<>();
                expected.regionSectors.forEach((key, measures) -> {
                    if (key.startsWith(region + "|")) {
                        want.put(key.substring(region.length() + 1), values(measures));
                    }
                });
                assertThat(sectors).as(region).isEqualTo(want);
            }
            final Map<String, Measures> ukSectors = new TreeMap<>();
            expected.regionSectors.forEach(
                    (key, measures) -> ukSectors.merge(key.split("\\|")[1], measures, Measures::plus));
            final JsonNode uk = JSON.readTree(instance.get("/v1/uk").body());
            assertThat(uk.get("sectors")
                            .valueStream()
                            .map(sector -> sector.get("sector").asString()))
                    .containsExactlyElementsOf(ukSectors.keySet());
            uk.get("sectors")
                    .forEach(sector -> assertThat(measures(sector))
                            .isEqualTo(values(ukSectors.get(sector.get("sector").asString()))));

            for (String cell : expected.sectorTotals.keySet()) {
                final String[] parts = cell.split("\\|");
                final JsonNode sector = JSON.readTree(instance.get("/v1/places/" + parts[0] + "/sectors/" + parts[1])
                        .body());
                assertThat(Instant.parse(sector.get("lastUpdated").asString()))
                        .as(cell)
                        .isEqualTo(Instant.ofEpochMilli(lastChanged.get(cell)));
            }

            assertThat(instance.get("/v1/regions/TLC").status())
                    .as("North East: no live events")
                    .isEqualTo(404);
            assertThat(instance.get("/v1/places/" + hounslow + "/sectors/A").status())
                    .isEqualTo(404);
            assertThat(instance.get("/v1/regions/TLZ").status())
                    .as("no such region")
                    .isEqualTo(400);
        }
    }

    /** By place|sector, the append time of the last record that changed it, from what was sent. */
    private static Map<String, Long> lastChangedByCell() {
        final Map<String, SpecificRecord> current = new LinkedHashMap<>();
        final Map<String, Long> changed = new TreeMap<>();
        for (Sent version : sent) {
            final SpecificRecord before = current.get(version.identity());
            if (before != null && before.equals(version.event())) {
                continue; // a duplicate changes nothing
            }
            for (SpecificRecord touched : new SpecificRecord[] {before, version.event()}) {
                if (touched != null) {
                    ExpectedViews.of(List.of(touched))
                            .sectorTotals
                            .keySet()
                            .forEach(cell -> changed.merge(cell, version.appendedAt(), Math::max));
                }
            }
            if (version.event() == null) {
                current.remove(version.identity());
            } else {
                current.put(version.identity(), version.event());
            }
        }
        return changed;
    }

    @Test
    @Order(2)
    void tracesEveryFigureToTheEventsBehindItFromEitherInstance() {
        for (Map.Entry<String, Measures> sector : expectedSectors().entrySet()) {
            final String path = "/v1/places/" + sector.getKey().replace("|", "/sectors/");
            final JsonNode provenance =
                    JSON.readTree(first.get(path + "/provenance").body());
            assertThat(provenance.get("events").asLong())
                    .as(path)
                    .isEqualTo(sector.getValue().events());
            assertThat(provenance.get("digest").asString()).startsWith("sha256:");
            assertThat(second.get(path + "/provenance").body())
                    .as(path)
                    .isEqualTo(first.get(path + "/provenance").body());

            // The national partner sees every event; page by page, they add up to the figure.
            final Map<String, Long> sum = new TreeMap<>();
            final List<JsonNode> rows = new ArrayList<>();
            String cursor = null;
            do {
                final JsonNode page = JSON.readTree(second.get(
                                path + "/events?limit=1" + (cursor == null ? "" : "&cursor=" + cursor),
                                LocalPartner.NATIONAL.key())
                        .body());
                page.get("events").forEach(rows::add);
                cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
            } while (cursor != null);
            rows.forEach(row -> measures(row).forEach((measure, value) -> sum.merge(measure, value, Long::sum)));
            assertThat(sum).as(path).isEqualTo(values(sector.getValue()));
            assertThat(rows).as(path).hasSize((int) sector.getValue().events());
        }
    }

    @Test
    @Order(2)
    void answersAsOfAnyInstantWithTheVersionsAppendedByThen() {
        final List<Long> times =
                sent.stream().map(Sent::appendedAt).distinct().sorted().toList();
        final List<Long> instants = new ArrayList<>(List.of(times.get(0) - 1));
        for (int i = 0; i < times.size(); i += Math.max(1, times.size() / 6)) {
            instants.add(times.get(i));
        }
        instants.add(times.get(times.size() - 1));
        for (long instant : instants) {
            final String asOf = "asOf=" + Instant.ofEpochMilli(instant);
            final Map<String, Measures> sectors = ExpectedViews.of(liveAt(instant)).sectorTotals;
            final Predicate<String> london = place -> ReferenceData.uk()
                    .place(place)
                    .orElseThrow()
                    .region()
                    .code()
                    .equals("TLI");
            for (ViewsInstance instance : List.of(first, second)) {
                final ViewsInstance.Response uk = instance.get("/v1/uk?" + asOf);
                if (sectors.isEmpty()) {
                    assertThat(uk.status()).as(asOf + " " + uk.body()).isEqualTo(404);
                    continue;
                }
                assertThat(measures(uk)).as(asOf).isEqualTo(total(sectors, place -> true));
                final JsonNode places =
                        JSON.readTree(instance.get("/v1/places?" + asOf).body());
                for (JsonNode place : places) {
                    final String code = place.get("place").asString();
                    assertThat(measures(place)).as(code + " " + asOf).isEqualTo(total(sectors, code::equals));
                    final long weeklyEvents = JSON.readTree(instance.get("/v1/places/" + code + "/weekly?" + asOf)
                                    .body())
                            .valueStream()
                            .mapToLong(week -> week.get("events").asLong())
                            .sum();
                    assertThat(weeklyEvents)
                            .as(code + " weeks " + asOf)
                            .isEqualTo(total(sectors, code::equals).get("events"));
                }
                assertThat(places.size())
                        .as(asOf)
                        .isEqualTo(sectors.keySet().stream()
                                .map(key -> key.split("\\|")[0])
                                .distinct()
                                .count());
                if (sectors.keySet().stream().anyMatch(key -> london.test(key.split("\\|")[0]))) {
                    assertThat(measures(instance.get("/v1/regions/TLI?" + asOf)))
                            .as(asOf)
                            .isEqualTo(total(sectors, london));
                }
            }
        }
        assertThat(first.get("/v1/uk?asOf=" + Instant.now().plusSeconds(3600)).status())
                .isEqualTo(400);
        assertThat(first.get("/v1/uk?asOf=last-tuesday").status()).isEqualTo(400);
    }

    @Test
    @Order(2)
    void refusesAnInstantBeforeTheRetainedHistoryFromEitherInstance() {
        final String asOf = "asOf=2000-01-01T00:00:00Z";
        final List<String> paths = new ArrayList<>(
                List.of("/v1/uk?" + asOf, "/v1/uk/weekly?" + asOf, "/v1/places?" + asOf, "/v1/regions/TLI?" + asOf));
        // Each instance owns some of these places and asks the other for the rest.
        for (String place : PLACES) {
            paths.add("/v1/places/" + place + "?" + asOf);
            paths.add("/v1/places/" + place + "/weekly?" + asOf);
        }
        for (ViewsInstance instance : List.of(first, second)) {
            for (String path : paths) {
                final ViewsInstance.Response answer = instance.get(path);
                assertThat(answer.status()).as(path).isEqualTo(400);
                assertThat(JSON.readTree(answer.body()).get("detail").asString())
                        .as(path)
                        .startsWith("asOf 2000-01-01T00:00:00Z is before the retained history");
            }
            // The earliest instant there is: too early for epoch millis, still a 400 and not a 500.
            for (String path : List.of("/v1/uk", "/internal/v1/sector-totals", "/internal/v1/weeks")) {
                final ViewsInstance.Response earliest = instance.get(path + "?asOf=-999999999-01-01T00:00:00Z");
                assertThat(earliest.status()).as(path + " " + earliest.body()).isEqualTo(400);
            }
        }
    }

    @Test
    @Order(2)
    void listsTheRevisionLogNewestFirstAndItRebuildsTheViews() {
        final Map<String, Measures> expectedWeeks = ExpectedViews.of(live.values()).sectorWeeks;
        final List<JsonNode> everyPlace = pages(second, "/v1/revisions?limit=7", LocalPartner.NATIONAL.key());
        int listedByPlace = 0;
        for (String place : PLACES) {
            final List<JsonNode> revisions = pages(first, "/v1/revisions?place=" + place + "&limit=2", null);
            listedByPlace += revisions.size();
            // Newest first, so the first revision of each view is its latest.
            final Map<String, Measures> latest = new TreeMap<>();
            for (JsonNode revision : revisions) {
                final String view = place + "|" + revision.get("sector").asString() + "|"
                        + revision.get("weekStart").asString();
                if (!latest.containsKey(view)) {
                    latest.put(
                            view,
                            revision.get("after").isNull()
                                    ? Measures.NONE
                                    : JSON.treeToValue(revision.get("after"), Measures.class));
                }
            }
            latest.values().removeIf(Measures::isEmpty);
            final Map<String, Measures> expected = new TreeMap<>(expectedWeeks);
            expected.keySet().removeIf(view -> !view.startsWith(place + "|"));
            assertThat(latest).as(place).isEqualTo(expected);
            assertThat(revisions.stream().map(revision -> revision.get("event").has("eventId")))
                    .as("no key, no event ids")
                    .containsOnly(false);
        }
        assertThat(everyPlace).hasSize(listedByPlace);
        assertThat(everyPlace.stream()
                        .map(revision -> Instant.parse(revision.get("changedAt").asString())))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(everyPlace.stream()
                        .map(revision -> revision.get("event").get("eventId").asString()))
                .contains("jl-0", "hr1-0001");
        assertThat(pages(first, "/v1/revisions?place=" + PLACES[3] + "&sector=C", null).stream()
                        .map(revision -> revision.get("cause").asString()))
                .containsExactly("RETRACTED", "CREATED");

        final String hounslowsView = first.get("/v1/revisions?place=E09000018", LocalPartner.HOUNSLOW.key())
                .body();
        assertThat(hounslowsView).contains("\"eventId\":\"hr1-0001\"").doesNotContain("jl-0", "bs-0");
        assertThat(first.get("/v1/revisions?since=2030-01-01T00:00:00Z&until=2020-01-01T00:00:00Z")
                        .status())
                .isEqualTo(400);
        assertThat(first.get("/v1/revisions?cursor=bm9wZQ").status()).isEqualTo(400);
    }

    /** Every item of a paged listing, following its cursors. */
    private static List<JsonNode> pages(ViewsInstance instance, String path, String apiKey) {
        final List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            final ViewsInstance.Response response = instance.get(
                    path + (cursor == null ? "" : (path.contains("?") ? "&" : "?") + "cursor=" + cursor), apiKey);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            final JsonNode page = JSON.readTree(response.body());
            page.get("revisions").forEach(items::add);
            cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        return items;
    }

    /** The live events as they stood at an instant: the last version of each appended by then. */
    private static List<SpecificRecord> liveAt(long instant) {
        final Map<String, SpecificRecord> then = new LinkedHashMap<>();
        for (Sent version : sent) {
            if (version.appendedAt() <= instant) {
                if (version.event() == null) {
                    then.remove(version.identity());
                } else {
                    then.put(version.identity(), version.event());
                }
            }
        }
        return List.copyOf(then.values());
    }

    private static Map<String, Long> total(Map<String, Measures> sectors, Predicate<String> places) {
        return values(sectors.entrySet().stream()
                .filter(entry -> places.test(entry.getKey().split("\\|")[0]))
                .map(Map.Entry::getValue)
                .reduce(Measures.NONE, Measures::plus));
    }

    @Test
    @Order(2)
    void showsAPartnerOnlyItsOwnEventsInFull() {
        final JsonNode own = JSON.readTree(first.get(HOUNSLOW_FOOD + "/events", LocalPartner.HOUNSLOW.key())
                .body());
        assertThat(own.get("events")).hasSize(1);
        final JsonNode row = own.get("events").get(0);
        assertThat(row.get("eventId").asString()).isEqualTo("hr1-0001");
        assertThat(row.get("version").asInt()).isEqualTo(1);
        assertThat(row.get("organisation").get("name").asString()).isEqualTo("Heathrow Ground Handling Ltd");
        assertThat(row.get("organisation").get("companyNumber").asString()).isEqualTo("01234567");
        assertThat(row.get("source").get("topic").asString()).isEqualTo(EventKind.JOB_LOSS.topic());
        assertThat(own.get("otherPartners").get(0).get("partner").asString()).isEqualTo("uk-recovery-observatory");

        final String othersView = second.get(HOUNSLOW_FOOD + "/events", LocalPartner.BELFAST.key())
                .body();
        assertThat(JSON.readTree(othersView).get("events")).isEmpty();
        assertThat(othersView).doesNotContain("hr1-0001", "Heathrow", "01234567", "bs-0");

        final String nationalView = first.get(HOUNSLOW_FOOD + "/events", LocalPartner.NATIONAL.key())
                .body();
        assertThat(nationalView)
                .contains("hr1-0001", "bs-0", "Cathedral Quarter Kitchen Ltd")
                .doesNotContain("Heathrow Ground Handling", "01234567");

        assertThat(first.get(HOUNSLOW_FOOD + "/events").status()).isEqualTo(401);
        assertThat(first.get(HOUNSLOW_FOOD + "/events", "not-a-partner-key").status())
                .isEqualTo(401);
        assertThat(first.get(HOUNSLOW_FOOD + "/events?cursor=bm90LWEta2V5", LocalPartner.NATIONAL.key())
                        .status())
                .isEqualTo(400);
        assertThat(first.get(HOUNSLOW_FOOD + "/provenance?week=2020-04-14").status())
                .isEqualTo(400);
        assertThat(first.get("/v1/places/E09000018/sectors/A/provenance").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void theDashboardReadsTheViewsInProcessFromEitherInstance() throws Exception {
        for (ViewsInstance instance : List.of(first, second)) {
            for (String place : expectedPlaces()) {
                // Each instance owns only some of the places: the others are read from their owner.
                final List<CSVRecord> rows = csv(instance.get("/downloads/places/" + place + ".csv"));
                assertThat(rows.get(0).get("sectorName")).isEqualTo("All sectors");
                assertThat(csvMeasures(rows.get(0))).as(place).isEqualTo(expectedTotal(place::equals));
                for (CSVRecord sector : rows.subList(1, rows.size())) {
                    assertThat(csvMeasures(sector))
                            .as(place + "|" + sector.get("sector"))
                            .isEqualTo(values(expectedSectors().get(place + "|" + sector.get("sector"))));
                }
            }
            assertThat(csvMeasures(csv(instance.get("/downloads/uk.csv")).get(0)))
                    .isEqualTo(expectedTotal(place -> true));
        }
        // The public page shows the latest release of the open views, read from either instance's copy
        final String release = views.cutRelease(first);
        final JsonNode hounslow =
                JSON.readTree(first.get("/open/v1/places/E09000018").body());
        for (ViewsInstance instance : List.of(first, second)) {
            final ViewsInstance.Response page = instance.get("/places/E09000018");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .contains(
                            "<h1 class=\"govuk-heading-xl\">Hounslow</h1>",
                            "data-release=\"" + release + "\"",
                            "data-area=\"place\" data-measure=\"jobsLost\"",
                            ">" + OpenPageText.of(hounslow, "jobsLost") + "</dd>");
        }
    }

    @Test
    @Order(3)
    void eachGaugeIsExportedByExactlyOneInstanceSoThatSumsAreRight() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            final Map<String, Double> fromFirst = gauge(first, "recovery_jobs_lost");
            final Map<String, Double> fromSecond = gauge(second, "recovery_jobs_lost");
            assertThat(fromFirst.keySet()).doesNotContainAnyElementsOf(fromSecond.keySet());
            final Map<String, Double> sum = new TreeMap<>(fromFirst);
            fromSecond.forEach((key, value) -> sum.merge(key, value, Double::sum));
            final Map<String, Double> expected = new TreeMap<>();
            expectedSectors().forEach((key, measures) -> expected.put(key, (double) measures.jobsLost()));
            assertThat(sum).isEqualTo(expected);
        });
        assertThat(first.get("/actuator/prometheus").body()).contains("kafka_stream_");
    }

    @Test
    @Order(3)
    void keepsLogLevelChecksCheapWithoutATurboFilter() {
        // Logback consults every turbo filter at every level check, and Kafka's clients check for
        // TRACE several times per record: Micrometer's count of log events is such a filter.
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
                .isEmpty();
        assertThat(first.get("/actuator/prometheus").body()).doesNotContain("logback_events");
    }

    @Test
    @Order(4)
    void answersWithProblemsForBadRequests() {
        assertThat(first.get("/v1/places/Hounslow").status()).isEqualTo(400);
        assertThat(first.get("/v1/places/E09000018/sectors/Z").status()).isEqualTo(400);
        assertThat(first.get("/v1/regions/XYZ").status()).isEqualTo(400);
        assertThat(first.get("/v1/places/E09000018/weekly?from=yesterday").status())
                .isEqualTo(400);
        assertThat(first.get("/v1/places/E07000223").status()).isEqualTo(404);
        assertThat(second.get("/v1/places/E09000018/sectors/A").status()).isEqualTo(404);
        assertThat(first.get("/v1/places/E09000099").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void recordsThatCantBeUsedGoToTheDeadLetterTopicAndChangeNoView() throws Exception {
        final Map<String, Long> before = expectedTotal(place -> true);
        final byte[] otherSchema = encode(
                EventKind.BUSINESS_SUPPORT, SampleEvents.businessSupport().build());
        final byte[] invalid = encode(
                EventKind.JOB_LOSS,
                SampleEvents.jobLoss()
                        .setPartner("uk-recovery-observatory")
                        .setEventId("bad-1")
                        .setPlace("E09000099")
                        .build());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            EventKind.JOB_LOSS.topic(), "uk-recovery-observatory/garbage", "not avro".getBytes()))
                    .get();
            producer.send(new ProducerRecord<>(
                            EventKind.JOB_LOSS.topic(), "belfast-city-council/grant-0001", otherSchema))
                    .get();
            producer.send(new ProducerRecord<>(EventKind.JOB_LOSS.topic(), "uk-recovery-observatory/bad-1", invalid))
                    .get();
        }

        final List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(RecoveryTopics.DEAD_LETTER));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(deadLetters::add);
                return deadLetters.size() >= 3;
            });
        }
        assertThat(deadLetters)
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(
                        "uk-recovery-observatory/garbage",
                        "belfast-city-council/grant-0001",
                        "uk-recovery-observatory/bad-1");
        final Map<String, ConsumerRecord<String, byte[]>> byKey = new TreeMap<>();
        deadLetters.forEach(deadLetter -> byKey.put(deadLetter.key(), deadLetter));
        assertThat(byKey.get("uk-recovery-observatory/garbage").value()).isEqualTo("not avro".getBytes());
        for (ConsumerRecord<String, byte[]> deadLetter : deadLetters) {
            assertThat(CommittedRecords.header(deadLetter, "recovery.source.topic"))
                    .isEqualTo(EventKind.JOB_LOSS.topic());
            assertThat(CommittedRecords.header(deadLetter, "recovery.source.partition"))
                    .matches("\\d+");
            assertThat(CommittedRecords.header(deadLetter, "recovery.source.offset"))
                    .matches("\\d+");
        }
        assertThat(CommittedRecords.header(byKey.get("uk-recovery-observatory/bad-1"), "recovery.dead-letter.reason"))
                .isEqualTo(
                        "invalid: place E09000099 is not a known UK local authority district code: the reference data has"
                                + " every district code live since 2019-01-01");
        assertThat(measures(first.get("/v1/uk"))).isEqualTo(before);
        assertThat(first.get("/actuator/prometheus").body()
                        + second.get("/actuator/prometheus").body())
                .containsPattern("recovery_dead_letters_total\\{[^}]*topic=\"recovery.job-loss.v1\"} [1-3]\\.0");
    }

    @Test
    @Order(6)
    void theSurvivorServesEverythingOnceItHasTakenOver() {
        second.close();
        final long stopped = System.nanoTime();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    for (String path : paths()) {
                        assertThat(first.get(path).status()).as(path).isEqualTo(200);
                    }
                });
        System.out.printf(
                "Survivor answered every view %d ms after the other instance stopped%n",
                Duration.ofNanos(System.nanoTime() - stopped).toMillis());
        assertViewsAreRight(first);
        second = null;
    }

    @Test
    void eventRecordsCarryTheTimeTheBrokerAppendedThemNotTheTimeAProducerChose() throws Exception {
        final long before = System.currentTimeMillis();
        final RecordMetadata written;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            // A retraction of an event nobody posted: it changes no view, whichever test runs next.
            written = producer.send(new ProducerRecord<String, byte[]>(
                            EventKind.JOB_LOSS.topic(), null, 0L, "uk-recovery-observatory/timestamp-probe", null))
                    .get();
        }

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            final TopicPartition partition = new TopicPartition(written.topic(), written.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, written.offset());
            final List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return !read.isEmpty();
            });
            assertThat(read.get(0).timestampType()).isEqualTo(TimestampType.LOG_APPEND_TIME);
            assertThat(read.get(0).timestamp()).isGreaterThanOrEqualTo(before);
        }
    }

    private static void assertViewsAreRight(ViewsInstance instance) {
        assertThat(measures(instance.get("/v1/uk"))).isEqualTo(expectedTotal(place -> true));
        final JsonNode places = JSON.readTree(instance.get("/v1/places").body());
        assertThat(places.valueStream()
                        .map(place -> place.get("place").asString())
                        .toList())
                .isEqualTo(expectedPlaces().stream().toList());
        for (JsonNode place : places) {
            final String code = place.get("place").asString();
            assertThat(measures(place)).as(code).isEqualTo(expectedTotal(code::equals));
            final JsonNode detail =
                    JSON.readTree(instance.get("/v1/places/" + code).body());
            assertThat(detail.get("name").asString())
                    .isEqualTo(ReferenceData.uk().place(code).orElseThrow().name());
            assertThat(measures(detail)).as(code).isEqualTo(expectedTotal(code::equals));
            for (JsonNode sector : detail.get("sectors")) {
                final String key = code + "|" + sector.get("sector").asString();
                assertThat(measures(sector))
                        .as(key)
                        .isEqualTo(values(expectedSectors().get(key)));
                assertThat(measures(instance.get("/v1/places/" + code + "/sectors/"
                                + sector.get("sector").asString())))
                        .as(key)
                        .isEqualTo(values(expectedSectors().get(key)));
            }
        }
        final JsonNode london = JSON.readTree(instance.get("/v1/regions/TLI").body());
        assertThat(measures(london))
                .isEqualTo(expectedTotal(place -> ReferenceData.uk()
                        .place(place)
                        .orElseThrow()
                        .region()
                        .code()
                        .equals("TLI")));
        final JsonNode weeks =
                JSON.readTree(instance.get("/v1/places/E09000018/weekly").body());
        assertThat(weeks.valueStream().map(week -> week.get("provisional").asBoolean()))
                .as("weeks of 2020 and 2021 are long past their 21 days")
                .containsOnly(false);
        assertThat(weeks.valueStream()
                        .mapToLong(week -> week.get("events").asLong())
                        .sum())
                .isEqualTo(expectedTotal("E09000018"::equals).get("events"));
    }

    private static List<String> paths() {
        final List<String> paths = new ArrayList<>(List.of(
                "/v1/places",
                "/v1/uk",
                "/v1/uk/weekly",
                "/v1/regions/TLI",
                "/v1/regions/TLN/weekly?from=2020-01-01&to=2021-12-31"));
        for (String place : expectedPlaces()) {
            paths.add("/v1/places/" + place);
            paths.add("/v1/places/" + place + "/weekly");
        }
        expectedSectors().keySet().forEach(key -> {
            final String[] parts = key.split("\\|");
            paths.add("/v1/places/" + parts[0] + "/sectors/" + parts[1]);
            paths.add("/v1/places/" + parts[0] + "/sectors/" + parts[1] + "/weekly?from=2020-03-01");
        });
        return paths;
    }

    /** A history per place: new events, corrections (also moving place, sector and week), and a retraction. */
    private static void produceHistory() throws Exception {
        try (KafkaProducer<String, byte[]> producer = views.producer()) {
            for (int i = 0; i < PLACES.length; i++) {
                final String place = PLACES[i];
                send(
                        producer,
                        SampleEvents.jobLoss()
                                .setPartner("uk-recovery-observatory")
                                .setEventId("jl-" + i)
                                .setPlace(place)
                                .setJobs(100 + i)
                                .build());
                send(
                        producer,
                        SampleEvents.jobLoss()
                                .setPartner("uk-recovery-observatory")
                                .setEventId("jl-" + i)
                                .setPlace(place)
                                .setJobs(90 + i)
                                .setStatus(JobLossStatus.CONFIRMED)
                                .build());
                send(
                        producer,
                        SampleEvents.businessSupport()
                                .setPartner("uk-recovery-observatory")
                                .setEventId("bs-" + i)
                                .setPlace(place)
                                .setJobsSafeguarded(i)
                                .build());
                send(
                        producer,
                        SampleEvents.greenEconomy()
                                .setPartner("uk-recovery-observatory")
                                .setEventId("ge-" + i)
                                .setPlace(place)
                                .setOccurredOn(LocalDate.of(2021, 3, 1 + i))
                                .build());
            }
            send(
                    producer,
                    SampleEvents.jobLoss()
                            .setPartner("uk-recovery-observatory")
                            .setEventId("jl-0")
                            .setPlace(PLACES[1])
                            .setSicCode(null)
                            .setSector(SicSection.I)
                            .setJobs(33)
                            .build());
            // Hounslow's own notification beside the national partner's, for the drill-down.
            send(
                    producer,
                    SampleEvents.jobLoss()
                            .setSicCode("56.10")
                            .setSector(SicSection.I)
                            .setEmployer(Organisation.newBuilder()
                                    .setName("Heathrow Ground Handling Ltd")
                                    .setCompanyNumber("01234567")
                                    .build())
                            .build());
            final RecordMetadata retracted = producer.send(
                            new ProducerRecord<>(EventKind.GREEN_ECONOMY.topic(), "uk-recovery-observatory/ge-3", null))
                    .get();
            live.remove("GREEN_ECONOMY|uk-recovery-observatory/ge-3");
            sent.add(new Sent(retracted.timestamp(), "GREEN_ECONOMY|uk-recovery-observatory/ge-3", null));
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, SpecificRecord event) throws Exception {
        final EventKind kind = kindOf(event);
        final String key = CommonEventFields.of(event).key().toString();
        final RecordMetadata appended = producer.send(new ProducerRecord<>(kind.topic(), key, encode(kind, event)))
                .get();
        live.put(kind + "|" + key, event);
        sent.add(new Sent(appended.timestamp(), kind + "|" + key, event));
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> byte[] encode(EventKind kind, SpecificRecord event) {
        return EventCodec.of((Class<T>) kind.recordClass()).encode((T) event);
    }

    private static EventKind kindOf(SpecificRecord event) {
        for (EventKind kind : EventKind.values()) {
            if (kind.recordClass().isInstance(event)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(event.toString());
    }

    private static Map<String, Measures> expectedSectors() {
        return ExpectedViews.of(live.values()).sectorTotals;
    }

    private static Set<String> expectedPlaces() {
        final Set<String> places = new TreeSet<>();
        expectedSectors().keySet().forEach(key -> places.add(key.split("\\|")[0]));
        return places;
    }

    private static Map<String, Long> expectedTotal(Predicate<String> places) {
        return values(expectedSectors().entrySet().stream()
                .filter(entry -> places.test(entry.getKey().split("\\|")[0]))
                .map(Map.Entry::getValue)
                .reduce(Measures.NONE, Measures::plus));
    }

    private static Map<String, Long> values(Measures measures) {
        return measures(JSON.valueToTree(measures));
    }

    private static Map<String, Long> measures(ViewsInstance.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return measures(JSON.readTree(response.body()));
    }

    private static Map<String, Long> measures(JsonNode node) {
        return ViewMeasures.of(node);
    }

    private static List<CSVRecord> csv(ViewsInstance.Response response) throws IOException {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))
                .getRecords();
    }

    private static Map<String, Long> csvMeasures(CSVRecord row) {
        final Map<String, Long> values = new TreeMap<>();
        ViewMeasures.NAMES.forEach(name -> values.put(name, Long.parseLong(row.get(name))));
        return values;
    }

    private static final Pattern GAUGE_LINE = Pattern.compile("^(\\w+)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    /** One gauge's values by {@code place|sector}, as one instance exports them. */
    private static Map<String, Double> gauge(ViewsInstance instance, String name) {
        final Map<String, Double> values = new TreeMap<>();
        final Matcher line =
                GAUGE_LINE.matcher(instance.get("/actuator/prometheus").body());
        while (line.find()) {
            if (line.group(1).equals(name)) {
                final String labels = line.group(2);
                values.put(label(labels, "place") + "|" + label(labels, "sector"), Double.parseDouble(line.group(3)));
            }
        }
        return values;
    }

    private static String label(String labels, String name) {
        final Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return value.find() ? value.group(1) : "";
    }
}
