package org.recoverytracker.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.bench.results.ResultFile;
import tools.jackson.databind.node.ObjectNode;

/** Lost events counted by reason, so that a bench run says why it lost each one. */
class FailureReasonsTest {

    private HttpServer service;
    private final HttpClient client = HttpClient.newHttpClient();
    private final FailureReasons reasons = new FailureReasons();

    @BeforeEach
    void startAService() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer(
                "/kafka-slow-1",
                503,
                "{\"title\":\"Service Unavailable\",\"detail\":\"Kafka did not acknowledge within 4001 ms\"}");
        answer(
                "/kafka-slow-2",
                503,
                "{\"title\":\"Service Unavailable\",\"detail\":\"Kafka did not acknowledge within 4017 ms\"}");
        answer("/busy", 429, "{\"title\":\"Too Many Requests\",\"detail\":\"Slow down\"}");
        answer("/proxy", 502, "bad gateway");
        service.start();
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void countsEventsByTheProblemAnsweredWithNumbersInTheDetailTakenAsOne() throws Exception {
        reasons.answered(get("/kafka-slow-1"), 50);
        reasons.answered(get("/kafka-slow-2"), 50);
        reasons.answered(get("/busy"), 1);
        reasons.answered(get("/proxy"), 20);

        assertThat(FailureReasons.summaryOf(written()))
                .isEqualTo("100 × HTTP 503: Service Unavailable – Kafka did not acknowledge within # ms;"
                        + " 20 × HTTP 502: bad gateway; 1 × HTTP 429: Too Many Requests – Slow down");
        assertThat(reasons.total()).isEqualTo(121);
        assertThat(written().path("failureExamples")).hasSize(3);
    }

    @Test
    void countsRequestsWithoutAnAnswerByTheirErrorAndStepsOwnReasons() {
        reasons.errored(new CompletionException(new HttpTimeoutException("request timed out")), 50);
        reasons.errored(new ConnectException(), 50);
        reasons.other("not sent: 128 requests were still unanswered", 1_300);

        assertThat(FailureReasons.summaryOf(written()))
                .isEqualTo("1,300 × not sent: 128 requests were still unanswered; 50 × ConnectException;"
                        + " 50 × HttpTimeoutException: request timed out");
    }

    @Test
    void keepsAtMostTwentyReasonsApartAndCountsTheRestTogether() {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            reasons.other("reason " + letter, 1);
        }

        assertThat(written().path("lostEventsByReason").size()).isEqualTo(FailureReasons.MAX_REASONS + 1);
        assertThat(written().path("lostEventsByReason").path("other reasons").asLong())
                .isEqualTo(6);
        assertThat(reasons.total()).isEqualTo(26);
    }

    @Test
    void saysNothingWhenNothingWasLost() {
        assertThat(FailureReasons.summaryOf(written())).isEmpty();
    }

    private ObjectNode written() {
        final ObjectNode result = ResultFile.object();
        reasons.writeTo(result, "lostEvents");
        return result;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + service.getAddress().getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void answer(String path, int status, String body) {
        service.createContext(path, exchange -> {
            final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
