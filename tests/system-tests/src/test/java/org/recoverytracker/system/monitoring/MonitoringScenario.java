package org.recoverytracker.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.system.ScenarioPosts.accepted;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.system.ScenarioPosts;
import org.recoverytracker.testsupport.http.Http;

/**
 * What the monitoring is watched on: a realistic afternoon of partners' events, through the ingest
 * APIs as partners send them — redundancy notifications (a large one proposed at Heathrow, then
 * corrected), confirmed losses (one days ago, in a week still provisional), grants, a loan, green investment, in Hounslow, Belfast, Bradford,
 * Glasgow and Cardiff, as single PUTs, a JSON batch and a CSV batch, with a retraction — plus
 * refused requests, a partner whose feed is mostly invalid, and a record on an event topic that
 * isn't Avro, which becomes a dead letter; and two areas partners defined, one public, one private.
 */
final class MonitoringScenario {

    /** Live events once {@link #postEvents} has run: every accepted event, latest version, not retracted. */
    static final int LIVE_EVENTS = 14;
    /** The partner whose feed {@link #postMostlyInvalidFeed} makes the green-economy service reject. */
    static final String REJECTED_PARTNER = "bradford-council";

    static final String DEAD_LETTER_TOPIC = "recovery.job-loss.v1";

    /** The public area {@link #defineAreas} defines. */
    static final String AREA = "west-london-and-bradford";

    /** The private area {@link #defineAreas} defines. */
    static final String PRIVATE_AREA = "belfast-private";

    private static final String HOUNSLOW = "local-hounslow-key";
    private static final String BELFAST = "local-belfast-key";
    private static final String BRADFORD = "local-bradford-key";
    private static final String NATIONAL = "local-national-key";

    private final RecoveryStack stack;

    MonitoringScenario(RecoveryStack stack) {
        this.stack = stack;
    }

    /** The accepted events, and a first refusal for each of three partners. */
    void postEvents() {
        final ScenarioPosts posts = ScenarioPosts.to(stack);
        final String jobLosses = posts.jobLosses();
        final String support = posts.businessSupport();
        final String green = posts.greenEconomy();

        accepted(Http.put(
                jobLosses + "/hr1-2020-0412",
                HOUNSLOW,
                jobLoss("E09000018", "51.10", "2020-04-14", "Heathrow Airline Services Ltd", 1200, "PROPOSED")));
        accepted(Http.put(
                jobLosses + "/hr1-2020-0412",
                HOUNSLOW,
                jobLoss("E09000018", "51.10", "2020-04-14", "Heathrow Airline Services Ltd", 1250, "PROPOSED")));
        accepted(Http.put(
                jobLosses + "/hr1-2020-0388",
                HOUNSLOW,
                jobLoss("E09000018", "56.29", "2020-03-30", "Skyline Inflight Catering Ltd", 650, "CONFIRMED")));
        accepted(Http.put(
                jobLosses + "/hr1-2020-0388-dup",
                HOUNSLOW,
                jobLoss("E09000018", "56.29", "2020-03-30", "Skyline Inflight Catering Ltd", 650, "CONFIRMED")));
        accepted(Http.delete(jobLosses + "/hr1-2020-0388-dup", HOUNSLOW));
        accepted(Http.put(
                jobLosses + "/hr1-2020-bf-0021",
                BELFAST,
                jobLoss("N09000003", "30.11", "2020-06-01", "Lagan Shipbuilding Ltd", 300, "PROPOSED")));
        // Days ago, so that its week is still provisional. In Belfast, the place the dashboards'
        // panels are checked on (the first by name), so the provisional panels have a series there.
        accepted(Http.put(
                jobLosses + "/hr1-recent-bf-0003",
                BELFAST,
                jobLoss(
                        "N09000003",
                        "30.11",
                        LocalDate.now(ZoneId.of("Europe/London")).minusDays(3).toString(),
                        "Lagan Shipbuilding Ltd",
                        40,
                        "PROPOSED")));
        accepted(Http.put(
                jobLosses + "/hr1-2020-bd-0102",
                BRADFORD,
                jobLoss("E08000032", "13.10", "2020-07-06", "Aire Worsted Mills Ltd", 120, "CONFIRMED")));
        accepted(Http.put(
                jobLosses + "/hr1-2020-gl-0007",
                NATIONAL,
                jobLoss("S12000049", "47.11", "2020-05-18", "Buchanan Street Stores Ltd", 450, "PROPOSED")));

        posts.belfastGrantsInABatch();
        accepted(Http.put(
                support + "/grant-0001",
                HOUNSLOW,
                support(
                        "E09000018",
                        "52.29",
                        "Feltham Freight Ltd",
                        "Heathrow Recovery Fund",
                        "GRANT",
                        5_000_000,
                        25,
                        3)));
        accepted(Http.put(
                support + "/cf-loan-01",
                NATIONAL,
                support(
                        "W06000015",
                        "70.22",
                        "Bay Digital Consultancy Ltd",
                        "Development Bank of Wales Recovery Loan",
                        "LOAN",
                        15_000_000,
                        12,
                        6)));
        accepted(Http.put(
                support + "/advice-01",
                BRADFORD,
                support(
                        "E08000032",
                        "13.10",
                        "Aire Worsted Mills Ltd",
                        "Bradford Business Support Hub",
                        "ADVICE",
                        0,
                        5,
                        0)));

        posts.bradfordHeatPumpsInACsvBatch();
        accepted(Http.put(
                green + "/heat-net-01",
                HOUNSLOW,
                green("E09000018", "35.30", "Hounslow Heat Network Ltd", "LOW_CARBON_HEAT", 18, 250_000_000)));
        accepted(Http.put(
                green + "/ev-01",
                BELFAST,
                green(
                        "N09000003",
                        "29.10",
                        "Belfast Zero Emission Buses Ltd",
                        "LOW_EMISSION_VEHICLES",
                        60,
                        900_000_000)));

        refused(
                Http.put(
                        jobLosses + "/bad-place",
                        HOUNSLOW,
                        jobLoss("E09000099", "51.10", "2020-04-14", "Nobody Ltd", 50, "PROPOSED")),
                422);
        refused(
                Http.put(
                        jobLosses + "/not-mine",
                        BELFAST,
                        jobLoss("E09000018", "51.10", "2020-04-14", "Heathrow Airline Services Ltd", 50, "PROPOSED")),
                403);
        refused(
                Http.put(
                        green + "/coal-01",
                        BRADFORD,
                        green("E08000032", "05.10", "Bradford Coal Ltd", "COAL_MINING", 10, 0)),
                422);
    }

    /** A batch of 12 invalid green-economy events from one partner: all refused. */
    void postMostlyInvalidFeed() {
        final String batch = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "{\"eventId\": \"bad-%02d\", %s"
                        .formatted(
                                i,
                                green("E08000032", "43.22", "Aire Valley Heat Pumps Ltd", "LOW_CARBON_HEAT", -1, 0)
                                        .substring(1)))
                .collect(Collectors.joining(",", "[", "]"));
        refused(
                Http.post(stack.greenEconomy().baseUrl() + "/v1/green-economy", BRADFORD, "application/json", batch),
                422);
    }

    /** A record that isn't Avro, produced straight to an event topic as a partner with Kafka access could. */
    void produceUndecodableRecord() {
        produce(new ProducerRecord<>(
                DEAD_LETTER_TOPIC,
                "uk-recovery-observatory/not-avro-1",
                "{\"jobs\": 10, \"status\": \"PROPOSED\"}".getBytes(StandardCharsets.UTF_8)));
    }

    /** A public area of Hounslow and Bradford, and a private one of Belfast's, through the reference service. */
    void defineAreas() {
        final String areas = stack.reference().baseUrl() + "/v1/areas/";
        accepted(Http.put(
                areas + AREA,
                NATIONAL,
                "{\"name\": \"West London and Bradford\", \"visibility\": \"PUBLIC\","
                        + " \"members\": [{\"place\": \"E09000018\"}, {\"place\": \"E08000032\"}]}"));
        accepted(
                Http.put(
                        areas + PRIVATE_AREA,
                        BELFAST,
                        "{\"name\": \"Belfast's own\", \"visibility\": \"PRIVATE\", \"members\": [{\"place\": \"N09000003\"}]}"));
    }

    private void produce(ProducerRecord<String, byte[]> record) {
        final Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce to " + record.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jobLoss(
            String place, String sicCode, String occurredOn, String employer, int jobs, String status) {
        final String json = """
                {"place": "%s", "sicCode": "%s", "occurredOn": "%s", "employer": {"name": "%s"}, "jobs": %d, "status": "%s"}""";
        return json.formatted(place, sicCode, occurredOn, employer, jobs, status);
    }

    private static String support(
            String place,
            String sicCode,
            String recipient,
            String programme,
            String type,
            long amountPence,
            int safeguarded,
            int created) {
        final String json = """
                {"place": "%s", "sicCode": "%s", "occurredOn": "2020-09-14", "recipient": {"name": "%s"}, "programme": "%s",
                 "supportType": "%s", "amountPence": %d, "jobsSafeguarded": %d, "jobsCreated": %d}""";
        return json.formatted(place, sicCode, recipient, programme, type, amountPence, safeguarded, created);
    }

    private static String green(
            String place, String sicCode, String organisation, String activity, int jobs, long investmentPence) {
        final String json = """
                {"place": "%s", "sicCode": "%s", "occurredOn": "2022-03-01", "organisation": {"name": "%s"},
                 "activity": "%s", "jobsCreated": %d, "investmentPence": %d}""";
        return json.formatted(place, sicCode, organisation, activity, jobs, investmentPence);
    }

    private static void refused(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
