package org.recoverytracker.ingest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ingest contract, run by each ingest service against itself: a real HTTP server, the dev-only
 * partners, and a real (embedded KRaft) Kafka broker. A subclass supplies its kind's events.
 */
@IngestServiceTest
public abstract class IngestContractTests {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String HOUNSLOW = "E09000018";
    /** Harrogate: a district until 31 March 2023, then part of North Yorkshire (E06000065). */
    protected static final String HARROGATE = "E07000165";

    protected static final String CSV = "text/csv";
    protected static final String APPLICATION_JSON = "application/json";

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    protected IngestClient client;

    /** The kind this service takes. */
    protected abstract EventKind kind();

    /** A valid event for Hounslow, without an eventId. */
    protected abstract ObjectNode validEvent();

    /** The same event corrected: a different figure, as a partner would correct it. */
    protected abstract void correct(ObjectNode event);

    /** A CSV body with a header row and one valid Hounslow event per id, one line each. */
    protected abstract String validCsv(List<String> eventIds);

    /** Checks that the record published carries the posted event's kind-specific fields. */
    protected abstract void assertKindFieldsPublished(JsonNode posted, SpecificRecord published);

    @BeforeEach
    void awaitReadiness() {
        client = new IngestClient(port, kind().resourcePath());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void publishesAPutEventUnderThePartnersKeyOnceKafkaAcknowledgedIt() {
        final String eventId = newEventId();
        final ObjectNode event = validEvent();

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), eventId, event.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json())
                .isEqualTo(JSON.readTree("{\"eventId\": \"" + eventId + "\", \"status\": \"accepted\"}"));
        final List<ConsumerRecord<String, byte[]>> records = committed("hounslow-council/" + eventId);
        assertThat(records).hasSize(1);
        final SpecificRecord published = decode(records.get(0).value());
        final CommonEventFields common = CommonEventFields.of(published);
        assertThat(common.eventId()).isEqualTo(eventId);
        assertThat(common.partner()).isEqualTo("hounslow-council");
        assertThat(common.place()).isEqualTo(event.get("place").asString());
        assertThat(common.occurredOn())
                .isEqualTo(LocalDate.parse(event.get("occurredOn").asString()));
        assertThat(common.receivedAt()).isNotNull();
        assertKindFieldsPublished(event, published);
    }

    @Test
    void publishesACorrectionUnderTheSameKey() {
        final String eventId = newEventId();
        final ObjectNode event = validEvent();
        client.put(LocalPartner.HOUNSLOW.key(), eventId, event.toString());
        correct(event);

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), eventId, event.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        final List<ConsumerRecord<String, byte[]>> records = committed("hounslow-council/" + eventId);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).partition()).isEqualTo(records.get(1).partition());
        assertKindFieldsPublished(event, decode(records.get(1).value()));
    }

    @Test
    void publishesARetractionAsATombstoneUnderTheSameKey() {
        final String eventId = newEventId();
        client.put(LocalPartner.HOUNSLOW.key(), eventId, validEvent().toString());

        final Response response = client.delete(LocalPartner.HOUNSLOW.key(), eventId);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json())
                .isEqualTo(JSON.readTree("{\"eventId\": \"" + eventId + "\", \"status\": \"retracted\"}"));
        final List<ConsumerRecord<String, byte[]>> records = committed("hounslow-council/" + eventId);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).value()).isNull();
    }

    @Test
    void keepsEachPartnersEventsApartEvenWithTheSameEventId() {
        final String eventId = newEventId();
        client.put(LocalPartner.HOUNSLOW.key(), eventId, validEvent().toString());

        final Response response = client.delete(LocalPartner.NATIONAL.key(), eventId);

        assertThat(response.status()).isEqualTo(202);
        assertThat(committed("hounslow-council/" + eventId)).hasSize(1);
        assertThat(committed("uk-recovery-observatory/" + eventId)).hasSize(1);
    }

    @Test
    void publishesAJsonBatch() {
        final List<String> ids = List.of(newEventId(), newEventId(), newEventId());
        final ArrayNode batch = JSON.createArrayNode();
        ids.forEach(id -> batch.add(validEvent().put("eventId", id)));

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), APPLICATION_JSON, batch.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json()).isEqualTo(JSON.readTree("{\"accepted\": 3}"));
        ids.forEach(id -> assertThat(committed("hounslow-council/" + id)).hasSize(1));
    }

    @Test
    void publishesACsvBatch() {
        final List<String> ids = List.of(newEventId(), newEventId());

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), CSV, validCsv(ids));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json()).isEqualTo(JSON.readTree("{\"accepted\": 2}"));
        ids.forEach(id -> assertThat(committed("hounslow-council/" + id)).hasSize(1));
    }

    @Test
    void refusesABatchWithInvalidEventsListingEveryOneAndPublishNothing() {
        final ArrayNode batch = JSON.createArrayNode();
        batch.add(validEvent().put("eventId", newEventId()));
        batch.add(validEvent().put("eventId", newEventId()).put("place", "E09000099"));
        batch.add(validEvent()
                .put("eventId", newEventId())
                .put("colour", "red")
                .put("occurredOn", LocalDate.now().plusDays(10).toString()));
        final long before = writtenRecords();

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), APPLICATION_JSON, batch.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("2 of 3 events are invalid; nothing was published. See errors for what to fix.");
        assertThat(errors(response)).containsExactly("1 place", "2 colour", "2 occurredOn");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void reportsEveryProblemOfAnEvent() {
        final ObjectNode event = validEvent()
                .put("place", "E09000099")
                .put("occurredOn", LocalDate.now().plusDays(10).toString());

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), newEventId(), event.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response)).containsExactlyInAnyOrder("0 place", "0 occurredOn");
    }

    @Test
    void namesBadCsvCellsByRowAndColumn() {
        final String[] lines = validCsv(List.of(newEventId(), newEventId())).split("\n");
        final String csv = lines[0] + "\n" + lines[1] + "\n" + lines[2].replace(",E09000018,", ",E09000099,") + "\n";
        final long before = writtenRecords();

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), CSV, csv);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response)).containsExactly("1 place");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void refusesACsvColumnTheKindDoesNotHave() {
        final String[] lines = validCsv(List.of(newEventId())).split("\n");
        final String csv = lines[0] + ",colour\n" + lines[1] + ",red\n";

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), CSV, csv);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response)).containsExactly("0 colour");
    }

    @Test
    void refusesUnknownFieldsSoTyposNeverDropData() {
        final ObjectNode event = validEvent().put("ocurredOn", "2021-01-01");

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), newEventId(), event.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(errors(response)).containsExactly("0 ocurredOn");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .startsWith("is not a field of a " + kind().id() + " event");
    }

    @Test
    void refusesAWrongTypeWithAMessageThatSaysWhatIsExpected() {
        final ObjectNode event = validEvent().put("occurredOn", "14/04/2020");

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), newEventId(), event.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be a real date written YYYY-MM-DD, like 2020-04-14");
    }

    @Test
    void requiresAnEventIdOnEachEventOfABatch() {
        final ArrayNode batch = JSON.createArrayNode().add(validEvent());

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), APPLICATION_JSON, batch.toString());

        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).containsExactly("0 eventId");
    }

    @Test
    void refusesTheSameEventIdTwiceInOneBatch() {
        final String eventId = newEventId();
        final ArrayNode batch = JSON.createArrayNode()
                .add(validEvent().put("eventId", eventId))
                .add(validEvent().put("eventId", eventId));

        final Response response = client.post(LocalPartner.HOUNSLOW.key(), APPLICATION_JSON, batch.toString());

        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).containsExactly("1 eventId");
    }

    @Test
    void refusesAnEventIdOfTheWrongShape() {
        final long before = writtenRecords();

        final Response put = client.put(
                LocalPartner.HOUNSLOW.key(), "has%20space", validEvent().toString());
        final Response delete = client.delete(LocalPartner.HOUNSLOW.key(), "x".repeat(65));

        assertThat(put.status()).isEqualTo(422);
        assertThat(delete.status()).isEqualTo(422);
        assertThat(errors(delete)).containsExactly("0 eventId");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void refusesRequestsWithoutValidCredentialsAndPublishNothing() {
        final long before = writtenRecords();

        final Response noKey = client.put(null, newEventId(), validEvent().toString());
        final Response wrongKey = client.post("not-a-key", APPLICATION_JSON, "[]");
        final Response deleteWithoutKey = client.delete(null, newEventId());

        assertThat(List.of(noKey.status(), wrongKey.status(), deleteWithoutKey.status()))
                .containsOnly(401);
        assertThat(noKey.contentType()).startsWith("application/problem+json");
        assertThat(noKey.json().get("detail").asString()).contains("X-API-Key");
        assertThat(wrongKey.json().get("detail").asString()).startsWith("The X-API-Key is not recognised.");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void ignoresAnAuthorizationHeaderBesideAnApiKeyWhereNoBearerTokensAreAccepted() {
        // No issuer is configured here: the header means nothing to this service, as before tokens
        // were accepted anywhere (where they are, the same request is a 400: JwtPartnerIT).
        final String eventId = newEventId();

        final Response response = client.send(
                kind().resourcePath() + "/" + eventId,
                LocalPartner.HOUNSLOW.key(),
                request -> request.header("Authorization", "Basic dXNlcjpwYXNz")
                        .header("Content-Type", APPLICATION_JSON)
                        .PUT(HttpRequest.BodyPublishers.ofString(validEvent().toString())));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(committed("hounslow-council/" + eventId)).hasSize(1);
    }

    @Test
    void refusesAPlaceThePartnerMayNotWriteForAndPublishNothing() {
        final long before = writtenRecords();

        final Response response = client.put(
                LocalPartner.BRADFORD.key(), newEventId(), validEvent().toString());

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("partner 'bradford-council' may not write for E09000018");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void acceptsADistrictCodeLiveOnTheEventsDateThatHasSinceEndedAndPublishesItAsPosted() {
        final String eventId = newEventId();
        final ObjectNode harrogate = validEvent().put("place", HARROGATE).put("occurredOn", "2022-06-01");

        final Response response = client.put(LocalPartner.NATIONAL.key(), eventId, harrogate.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        final List<ConsumerRecord<String, byte[]>> records = committed("uk-recovery-observatory/" + eventId);
        assertThat(records).hasSize(1);
        assertThat(CommonEventFields.of(decode(records.get(0).value())).place()).isEqualTo(HARROGATE);
    }

    @Test
    void refusesADistrictCodeAfterItEndedNamingTheCodeToUseAndPublishNothing() {
        final long before = writtenRecords();
        final ObjectNode harrogate = validEvent().put("place", HARROGATE).put("occurredOn", "2024-01-01");

        final Response response = client.put(LocalPartner.NATIONAL.key(), newEventId(), harrogate.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(errors(response)).containsExactly("0 place");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("E07000165 Harrogate ended on 2023-03-31; from 2023-04-01 use E06000065 North Yorkshire");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void refusesAnEndedDistrictCodeToAPartnerThatMayNotWriteForItsDistrictToday() {
        final ObjectNode harrogate = validEvent().put("place", HARROGATE).put("occurredOn", "2022-06-01");

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), newEventId(), harrogate.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("partner 'hounslow-council' may not write for E07000165, which counts in E06000065");
    }

    @Test
    void refusesABodyOverTheLimitAndPublishNothing() {
        final long before = writtenRecords();
        final ObjectNode huge = validEvent().put("padding", "x".repeat(70 * 1024));

        final Response response = client.put(LocalPartner.HOUNSLOW.key(), newEventId(), huge.toString());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void refusesUnsupportedMediaTypes() {
        final Response put = client.put(
                LocalPartner.HOUNSLOW.key(),
                newEventId(),
                "text/plain",
                validEvent().toString());
        final Response post = client.post(LocalPartner.HOUNSLOW.key(), "application/xml", "<events/>");

        assertThat(put.status()).isEqualTo(415);
        assertThat(post.status()).isEqualTo(415);
        assertThat(post.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAnEmptyBatch() {
        final long before = writtenRecords();

        final Response json = client.post(LocalPartner.HOUNSLOW.key(), APPLICATION_JSON, "[]");
        final Response csv = client.post(LocalPartner.HOUNSLOW.key(), CSV, validCsv(List.of()));

        assertThat(json.status()).isEqualTo(400);
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.json().get("detail").asString()).isEqualTo("The batch holds no events; nothing was published.");
        assertThat(writtenRecords()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJson() {
        final Response response = client.put(LocalPartner.HOUNSLOW.key(), newEventId(), "{\"place\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).startsWith("The body is not valid JSON");
    }

    @Test
    void countsAcceptedAndRejectedEventsPerPartner() {
        client.put(LocalPartner.HOUNSLOW.key(), newEventId(), validEvent().toString());
        client.put(
                LocalPartner.HOUNSLOW.key(),
                newEventId(),
                validEvent().put("place", "E09000099").toString());

        final String metrics = client.get("/actuator/prometheus").body();

        assertThat(metrics)
                .containsPattern("recovery_ingest_events_total\\{[^}]*kind=\"" + kind().id()
                        + "\",outcome=\"accepted\",partner=\"hounslow-council\"} [1-9]");
        assertThat(metrics)
                .containsPattern("recovery_ingest_events_total\\{[^}]*kind=\"" + kind().id()
                        + "\",outcome=\"rejected\",partner=\"hounslow-council\"} [1-9]");
    }

    @Test
    void documentsTheApiForPartnerDevelopers() {
        final JsonNode document = client.get("/v3/api-docs").json();

        final JsonNode put =
                document.get("paths").get(kind().resourcePath() + "/{eventId}").get("put");
        final JsonNode post = document.get("paths").get(kind().resourcePath()).get("post");
        final String eventSchema = put.get("requestBody")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString();
        final JsonNode schema =
                document.get("components").get("schemas").get(eventSchema.substring(eventSchema.lastIndexOf('/') + 1));

        assertThat(schema.get("properties").propertyNames())
                .contains("eventId", "place", "sicCode", "sector", "occurredOn");
        assertThat(schema.get("properties").get("occurredOn").get("description").asString())
                .contains("not in the future");
        assertThat(post.get("requestBody").get("content").has("text/csv")).isTrue();
        assertThat(put.get("responses").propertyNames())
                .contains("202", "400", "401", "403", "413", "415", "422", "429", "503");
        assertThat(document.get("components").get("securitySchemes").has("apiKey"))
                .isTrue();
    }

    protected String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    protected List<ConsumerRecord<String, byte[]>> committed(String key) {
        return CommittedRecords.committed(bootstrapServers(), kind().topic(), key);
    }

    protected long writtenRecords() {
        return CommittedRecords.writtenRecords(bootstrapServers(), kind().topic());
    }

    protected SpecificRecord decode(byte[] value) {
        return EventCodec.of(kind().recordClass()).decode(value);
    }

    protected static String newEventId() {
        return "test-" + UUID.randomUUID();
    }

    /** "index field" of each error of a problem, in order. */
    protected static List<String> errors(Response response) {
        return response.json()
                .get("errors")
                .valueStream()
                .map(error ->
                        error.get("index").asInt() + " " + error.get("field").asString())
                .toList();
    }
}
