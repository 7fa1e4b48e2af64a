package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.ingest.testing.IngestServiceTest;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.giving.GivingPackageSchema;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The 360Giving import against a real HTTP server, the dev-only partners and a real (embedded
 * KRaft) broker, set up as the ingest contract tests are (so the two share one context). Each test
 * imports the test package with grant ids of its own, so their events never meet.
 */
@IngestServiceTest
class GivingImportIT {

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final String TOPIC = EventKind.BUSINESS_SUPPORT.topic();
    private static final String NATIONAL = "uk-recovery-observatory/";
    private static final String HOUNSLOW = "hounslow-council/";

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    /** This test's grant ids: the package's, made its own. */
    private final String idPrefix = "360G-ExampleTrust-" + UUID.randomUUID() + "-";

    @BeforeEach
    void awaitReadiness() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Http.get(url("/actuator/health/readiness")).status() == 200);
    }

    @Test
    void publishesEachGrantOfAPackageAsAGrantEvent() {
        final Response response = importPackage(LocalPartner.NATIONAL, "?sector=I", JSON, jsonPackage());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json()).isEqualTo(Http.JSON.readTree("{\"accepted\": 3, \"skipped\": []}"));
        final BusinessSupportEvent hounslow = onlyEvent(grantId("0001"));
        assertThat(hounslow.getEventId()).isEqualTo(GrantEventIds.of(grantId("0001")));
        assertThat(hounslow.getPartner()).isEqualTo("uk-recovery-observatory");
        assertThat(hounslow.getPlace()).isEqualTo("E09000018");
        assertThat(hounslow.getSicCode()).isEqualTo("56.10");
        assertThat(hounslow.getSupportType()).isEqualTo(SupportType.GRANT);
        assertThat(hounslow.getAmountPence()).isEqualTo(2_500_000L);
        assertThat(hounslow.getOccurredOn()).isEqualTo(LocalDate.parse("2021-03-01"));
        assertThat(hounslow.getRecipient().getName()).isEqualTo("Bath Road Cafe Ltd");
        assertThat(hounslow.getProgramme()).isEqualTo("High Street Reopening Fund");
        final BusinessSupportEvent mendip = onlyEvent(grantId("0002"));
        assertThat(mendip.getPlace()).isEqualTo("E07000187");
        assertThat(mendip.getSector()).isEqualTo(SicSection.I);
        assertThat(mendip.getAmountPence()).isEqualTo(150_050L);
        final BusinessSupportEvent harrogate = onlyEvent(grantId("0003"));
        assertThat(harrogate.getPlace()).isEqualTo("E06000065");
        assertThat(harrogate.getProgramme()).isEqualTo("Spa Hotel heating");
    }

    @Test
    void importingAPackageAgainReplacesItsEventsUnderTheSameKeys() {
        importPackage(LocalPartner.NATIONAL, "?sector=I", JSON, jsonPackage());

        final Response again = importPackage(
                LocalPartner.NATIONAL, "?sector=I", JSON, jsonPackage().replace("25000", "30000"));

        assertThat(again.status()).as(again.body()).isEqualTo(202);
        for (String number : List.of("0001", "0002", "0003")) {
            assertThat(committed(grantId(number))).hasSize(2);
        }
        final List<ConsumerRecord<String, byte[]>> first = committed(grantId("0001"));
        assertThat(first).hasSize(2);
        assertThat(first.get(0).partition()).isEqualTo(first.get(1).partition());
        assertThat(decode(first.get(1)).getAmountPence()).isEqualTo(3_000_000L);
    }

    @Test
    void importsTheStandardsCsvWithTitleHeaders() {
        final Response response = importPackage(LocalPartner.NATIONAL, "?sector=I", CSV, csvPackage());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(3);
        final BusinessSupportEvent mendip = onlyEvent(grantId("0002"));
        assertThat(mendip.getPlace()).isEqualTo("E07000187");
        assertThat(mendip.getRecipient().getCompanyNumber()).isEqualTo("01234567");
        assertThat(mendip.getAmountPence()).isEqualTo(150_050L);
    }

    @Test
    void refusesAPackageWithGrantsItCantTakeListingEachAndPublishesNothing() {
        final String bad = jsonPackage()
                .replace(
                        "\"currency\": \"GBP\",\n      \"amountAwarded\": 1500.5",
                        "\"currency\": \"EUR\",\n      \"amountAwarded\": 1500.5")
                .replace(
                        "{\"name\": \"Harrogate\", \"geoCode\": \"E07000165\", \"geoCodeType\": \"NMD\"}",
                        "{\"name\": \"Atlantis\"}");
        final long before = writtenRecords();

        final Response response = importPackage(LocalPartner.NATIONAL, "?sector=I", JSON, bad);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("2 of 3 grants can't be imported; nothing was published. See errors for what to fix, or"
                        + " import the others with ?skipInvalid=true.");
        assertThat(errors(response))
                .containsExactly("1 " + grantId("0002") + " currency", "2 " + grantId("0003") + " beneficiaryLocation");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("is 'EUR': only grants in GBP (pounds sterling) are imported");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void withSkipInvalidImportsTheOthersAndListsEachSkippedGrantWithWhy() {
        final String bad = jsonPackage().replace("\"amountAwarded\": 1500.5", "\"amountAwarded\": 1500.505");

        final Response response = importPackage(LocalPartner.NATIONAL, "?sector=I&skipInvalid=true", JSON, bad);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json())
                .isEqualTo(
                        Http.JSON.readTree("{\"accepted\": 2, \"skipped\": [{\"index\": 1, \"id\": \"" + grantId("0002")
                                + "\", \"reason\": \"amountAwarded: is 1500.505: it must be a whole number of pence, at most 2"
                                + " decimal places\"}]}"));
        assertThat(committed(grantId("0001"))).hasSize(1);
        assertThat(committed(grantId("0002"))).isEmpty();
        assertThat(committed(grantId("0003"))).hasSize(1);
    }

    @Test
    void refusesTwoGrantsWithOneIdSinceTheyWouldBeOneEvent() {
        final String twice = jsonPackage().replace(grantId("0003"), grantId("0001"));

        final Response response = importPackage(LocalPartner.NATIONAL, "?sector=I", JSON, twice);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response)).containsExactly("2 " + grantId("0001") + " id");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("is also the id of grant 0 of this package; each grant needs its own id");
        assertThat(committed(grantId("0001"))).isEmpty();
    }

    @Test
    void withoutASectorGrantsThatDoNotClassifyThemselvesAreRefusedSayingSo() {
        final long before = writtenRecords();

        final Response response = importPackage(LocalPartner.NATIONAL, "", JSON, jsonPackage());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response))
                .containsExactly(
                        "1 " + grantId("0002") + " classifications", "2 " + grantId("0003") + " classifications");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("the request has no ?sector=: give ?sector=A..U");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void refusesASectorThatIsNotASection() {
        final Response response = importPackage(LocalPartner.NATIONAL, "?sector=food", JSON, jsonPackage());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("?sector= must be a UK SIC 2007 section, one letter A to U, but was 'food'; nothing was"
                        + " published.");
    }

    @Test
    void aPartnerMayImportOnlyGrantsForItsOwnPlaces() {
        final Response refused = importPackage(LocalPartner.HOUNSLOW, "?sector=I", JSON, jsonPackage());
        final Response skipping =
                importPackage(LocalPartner.HOUNSLOW, "?sector=I&skipInvalid=true", JSON, jsonPackage());

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("errors").get(1).get("message").asString())
                .isEqualTo("partner 'hounslow-council' may not write for E06000065");
        assertThat(skipping.status()).as(skipping.body()).isEqualTo(202);
        assertThat(skipping.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(skipping.json().get("skipped").get(0).get("reason").asString())
                .isEqualTo("beneficiaryLocation: partner 'hounslow-council' may not write for E07000187, which counts"
                        + " in E06000066");
        assertThat(committed(HOUNSLOW, grantId("0001"))).hasSize(1);
        assertThat(committed(HOUNSLOW, grantId("0002"))).isEmpty();
    }

    @Test
    void countsEachGrantOfARefusedImportAsARejectedEvent() {
        final double before = rejectedEvents("bradford-council");

        final Response response = importPackage(LocalPartner.BRADFORD, "?sector=I", JSON, jsonPackage());

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(rejectedEvents("bradford-council")).isEqualTo(before + 3);
    }

    @Test
    void refusesAnImportWithoutCredentials() {
        final Response response = importPackage(null, "?sector=I", JSON, jsonPackage());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void documentsTheImportForPartnerDevelopers() {
        final JsonNode post = Http.get(url("/v3/api-docs"))
                .json()
                .get("paths")
                .get(GivingImportController.PATH)
                .get("post");

        assertThat(post.get("parameters")
                        .valueStream()
                        .map(parameter -> parameter.get("name").asString()))
                .contains("sector", "skipInvalid");
        assertThat(post.get("requestBody").get("content").propertyNames()).contains(JSON, CSV);
        assertThat(post.get("responses").propertyNames()).contains("202", "400", "401", "403", "413", "422", "503");
    }

    /** The partner's business-support events counted as rejected, from the service's own metrics. */
    private double rejectedEvents(String partner) {
        final Pattern series = Pattern.compile("recovery_ingest_events_total\\{[^}]*kind=\"business-support\","
                + "outcome=\"rejected\",partner=\"" + partner + "\"} (\\S+)");
        final Matcher counted =
                series.matcher(Http.get(url("/actuator/prometheus")).body());
        return counted.find() ? Double.parseDouble(counted.group(1)) : 0;
    }

    private String grantId(String number) {
        return idPrefix + number;
    }

    private String jsonPackage() {
        return GivingPackageSchema.resource("packages/three-grants.json").replace("360G-ExampleTrust-", idPrefix);
    }

    private String csvPackage() {
        return GivingPackageSchema.resource("packages/three-grants.csv").replace("360G-ExampleTrust-", idPrefix);
    }

    private Response importPackage(LocalPartner partner, String query, String contentType, String body) {
        return Http.post(
                url(GivingImportController.PATH + query), partner == null ? null : partner.key(), contentType, body);
    }

    private BusinessSupportEvent onlyEvent(String grantId) {
        final List<ConsumerRecord<String, byte[]>> records = committed(grantId);
        assertThat(records).hasSize(1);
        return decode(records.get(0));
    }

    private List<ConsumerRecord<String, byte[]>> committed(String grantId) {
        return committed(NATIONAL, grantId);
    }

    private List<ConsumerRecord<String, byte[]>> committed(String partnerPrefix, String grantId) {
        return CommittedRecords.committed(bootstrapServers(), TOPIC, partnerPrefix + GrantEventIds.of(grantId));
    }

    private long writtenRecords() {
        return CommittedRecords.writtenRecords(bootstrapServers(), TOPIC);
    }

    private static BusinessSupportEvent decode(ConsumerRecord<String, byte[]> record) {
        return EventCodec.of(BusinessSupportEvent.class).decode(record.value());
    }

    private String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** "index id field" of each error of a problem, in order. */
    private static List<String> errors(Response response) {
        return response.json()
                .get("errors")
                .valueStream()
                .map(error -> error.get("index").asInt() + " " + error.get("id").asString() + " "
                        + error.get("field").asString())
                .toList();
    }
}
