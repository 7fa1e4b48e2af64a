package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.demo.DemoEvent.JobLoss;
import org.recoverytracker.demo.DemoEvent.Status;
import org.recoverytracker.demo.Step.Identified;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;

/** The client against a real HTTP server that answers like an ingest service would. */
class IngestClientTest {

    private static final JobLoss EVENT =
            new JobLoss("E09000018", "51.10", LocalDate.of(2020, 4, 28), "Westway Airways Ltd", 1850, Status.PROPOSED);

    /** A request as the server saw it. */
    private record Received(String method, String path, String apiKey, String contentType, String body) {}

    /** An answer the server gives, in turn. */
    private record Answer(int status, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private HttpServer server;
    private IngestClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        final URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        client = new IngestClient(everyKindAt(base), Duration.ofSeconds(5), Duration.ofMillis(10))
                .withReferenceService(base)
                .withViews(base);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-API-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        final Answer answer = answers.isEmpty() ? new Answer(500, "{}") : answers.removeFirst();
        final byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void putsAnEventWithThePartnersKey() throws InterruptedException {
        answers.add(new Answer(202, "{\"eventId\":\"HR1-2020-0412\",\"status\":\"accepted\"}"));
        assertThat(client.send(new Step.Put(Partner.HOUNSLOW, "HR1-2020-0412", EVENT, EVENT.occurredOn(), "HR1")))
                .isEqualTo(1);
        assertThat(received)
                .containsExactly(new Received(
                        "PUT",
                        "/v1/job-losses/HR1-2020-0412",
                        "local-hounslow-key",
                        "application/json",
                        Payloads.json(EVENT)));
    }

    @Test
    void retractsAndPostsBatchesAsJsonOrCsv() throws InterruptedException {
        answers.add(new Answer(202, "{\"eventId\":\"X-1\",\"status\":\"retracted\"}"));
        answers.add(new Answer(202, "{\"accepted\":1}"));
        answers.add(new Answer(202, "{\"accepted\":1}"));
        final List<Identified> events = List.of(new Identified("B-1", EVENT));
        final LocalDate day = LocalDate.of(2021, 1, 1);
        client.send(new Step.Retract(Partner.BRADFORD, EventKind.BUSINESS_SUPPORT, "X-1", day, "duplicate"));
        client.send(new Step.Batch(Partner.BELFAST, EventKind.JOB_LOSS, Step.Format.JSON, events, day, "return"));
        client.send(new Step.Batch(Partner.BELFAST, EventKind.JOB_LOSS, Step.Format.CSV, events, day, "export"));
        assertThat(received)
                .extracting(Received::method, Received::path, Received::apiKey, Received::contentType)
                .containsExactly(
                        tuple("DELETE", "/v1/business-support/X-1", "local-bradford-key", null),
                        tuple("POST", "/v1/job-losses", "local-belfast-key", "application/json"),
                        tuple("POST", "/v1/job-losses", "local-belfast-key", "text/csv"));
        assertThat(received.get(1).body()).isEqualTo(Payloads.jsonBatch(events));
        assertThat(received.get(2).body()).isEqualTo(Payloads.csvBatch(events));
    }

    @Test
    void sendsReferenceDataToTheReferenceServiceRetryingWhileItAnswers503() throws InterruptedException {
        answers.add(new Answer(202, "{\"id\":\"heathrow-zone\",\"status\":\"accepted\"}"));
        answers.add(new Answer(503, "{\"detail\":\"Kafka is not available\"}"));
        answers.add(new Answer(202, "{\"accepted\":171}"));
        final List<ContextData.Write> writes = ContextData.writes();

        assertThat(client.sendContext(writes.get(0))).isEqualTo(1);
        assertThat(client.sendContext(writes.get(1))).isEqualTo(171);

        assertThat(received)
                .extracting(Received::method, Received::path, Received::apiKey, Received::contentType)
                .containsExactly(
                        tuple("PUT", "/v1/areas/heathrow-zone", "local-hounslow-key", "application/json"),
                        tuple("POST", "/v1/baselines", "local-national-key", "application/json"),
                        tuple("POST", "/v1/baselines", "local-national-key", "application/json"));
        assertThat(received.get(0).body()).isEqualTo(writes.get(0).json());
    }

    @Test
    void retriesWhileTheServiceAnswers503() throws InterruptedException {
        answers.add(new Answer(503, "{\"detail\":\"Kafka is not available\"}"));
        answers.add(new Answer(503, "{\"detail\":\"Kafka is not available\"}"));
        answers.add(new Answer(202, "{\"eventId\":\"E-1\",\"status\":\"accepted\"}"));
        assertThat(client.send(new Step.Put(Partner.HOUNSLOW, "E-1", EVENT, EVENT.occurredOn(), "HR1")))
                .isEqualTo(1);
        assertThat(received).hasSize(3).extracting(Received::body).containsOnly(Payloads.json(EVENT));
    }

    @Test
    void failsAtOnceWhenTheServiceRejectsTheRequest() {
        answers.add(new Answer(422, "{\"detail\":\"1 event is invalid\",\"errors\":[{\"field\":\"jobs\"}]}"));
        assertThatThrownBy(() -> client.send(new Step.Put(Partner.HOUNSLOW, "E-1", EVENT, EVENT.occurredOn(), "HR1")))
                .isInstanceOf(FeedFailure.class)
                .hasMessageContaining("PUT http://127.0.0.1:")
                .hasMessageContaining("answered 422")
                .hasMessageContaining("1 event is invalid");
        assertThat(received).hasSize(1);
    }

    @Test
    void failsWhenABatchIsNotAcceptedWhole() {
        answers.add(new Answer(202, "{\"accepted\":0}"));
        assertThatThrownBy(() -> client.send(new Step.Batch(
                        Partner.BELFAST,
                        EventKind.JOB_LOSS,
                        Step.Format.JSON,
                        List.of(new Identified("B-1", EVENT)),
                        LocalDate.of(2021, 1, 1),
                        "return")))
                .isInstanceOf(FeedFailure.class)
                .hasMessageContaining("a batch of 1 events was answered with {\"accepted\":0}");
    }

    @Test
    void cutsAReleaseAsTheNationalPartnerOnceTheViewsAreUp() throws InterruptedException {
        answers.add(new Answer(503, "{\"detail\":\"starting\"}"));
        answers.add(new Answer(201, "{\"id\":\"2026-12-03-1\",\"figures\":10}"));

        assertThat(client.cutRelease()).isEqualTo("2026-12-03-1");

        assertThat(received).hasSize(2);
        assertThat(received.get(1).method()).isEqualTo("POST");
        assertThat(received.get(1).path()).isEqualTo("/open/v1/releases");
        assertThat(received.get(1).apiKey()).isEqualTo(LocalPartner.NATIONAL.key());
    }

    @Test
    void failsClearlyWhenACutIsAnsweredWithoutAReleaseId() {
        answers.add(new Answer(201, "<html>not json</html>"));

        assertThatThrownBy(() -> client.cutRelease())
                .isInstanceOf(FeedFailure.class)
                .hasMessageContaining("answered 201 without a release id: <html>not json</html>");
    }

    @Test
    void countsTheViewsEventsOrSaysItCannotYet() throws InterruptedException {
        answers.add(new Answer(200, "{\"name\":\"United Kingdom\",\"events\":42}"));
        answers.add(new Answer(503, "{}"));
        answers.add(new Answer(200, "{\"events\": "));
        answers.add(new Answer(200, "[1, 2]"));

        assertThat(client.eventsCounted()).isEqualTo(42);
        assertThat(client.eventsCounted()).isEqualTo(-1);
        assertThat(client.eventsCounted()).as("a truncated answer").isEqualTo(-1);
        assertThat(client.eventsCounted()).as("not an object").isEqualTo(-1);
        assertThat(received.get(0).path()).isEqualTo("/v1/uk");
    }

    @Test
    void givesUpOnAServiceThatNeverComesUp() throws IOException {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        final IngestClient impatient = new IngestClient(
                everyKindAt(URI.create("http://127.0.0.1:" + closedPort)),
                Duration.ofMillis(300),
                Duration.ofMillis(50));
        assertThatThrownBy(
                        () -> impatient.send(new Step.Put(Partner.HOUNSLOW, "E-1", EVENT, EVENT.occurredOn(), "HR1")))
                .isInstanceOf(FeedFailure.class)
                .hasMessageContaining("still unavailable after");
    }

    private static Map<EventKind, URI> everyKindAt(URI uri) {
        final Map<EventKind, URI> services = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            services.put(kind, uri);
        }
        return services;
    }
}
