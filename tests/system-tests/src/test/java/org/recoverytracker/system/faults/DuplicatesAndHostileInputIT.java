package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import tools.jackson.databind.node.ObjectNode;

/**
 * Partners misbehaving: retrying after a client-side timeout and posting the same event again and
 * again (counted once), and hostile input — random and mutated JSON and CSV, huge fields, wrong
 * types, unicode, deep nesting, missing or wrong credentials, requests beyond the rate limit —
 * which only ever gets a 4xx and publishes nothing.
 */
class DuplicatesAndHostileInputIT {

    private static final String HOUNSLOW_EVENT = """
            {"place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-04-14",
             "employer": {"name": "Heathrow Airline Services Ltd"}, "jobs": 120, "status": "PROPOSED"}""";

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void theSamePutRetriedAfterClientTimeoutsCountsOnce() throws Exception {
        final String url = SYSTEM.stack().jobLoss().baseUrl() + "/v1/job-losses/dup-1";
        final HttpClient impatient = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            try {
                impatient.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofMillis(1))
                                .header("X-API-Key", "local-hounslow-key")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(HOUNSLOW_EVENT))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (HttpTimeoutException expected) {
                // The client gave up; the service may well have accepted it.
            }
        }
        for (int i = 0; i < 5; i++) {
            assertThat(Http.put(url, "local-hounslow-key", HOUNSLOW_EVENT).status())
                    .isEqualTo(202);
        }
        final Oracle oracle = new Oracle();
        oracle.acknowledgedPut(
                "job-loss",
                "hounslow-council",
                "dup-1",
                ((ObjectNode) Http.JSON.readTree(HOUNSLOW_EVENT)).put("sector", "H"));

        ViewChecks.awaitViewsEqual(SYSTEM.stack().streams().baseUrl(), oracle, Duration.ofSeconds(60));
    }

    @Test
    void hostileInputOnlyEverGetsA4xxAndPublishesNothing() {
        final Map<String, Long> before = appendedToEveryTopic();
        final Random random = new Random(7);
        final Map<Integer, Integer> statuses = new TreeMap<>();
        for (ServiceProcess service : List.of(
                SYSTEM.stack().jobLoss(),
                SYSTEM.stack().businessSupport(),
                SYSTEM.stack().greenEconomy())) {
            final String resource = service.baseUrl() + resourceOf(service);
            for (int i = 0; i < 150; i++) {
                final String body = hostileBody(random);
                final List<Http.Response> responses = new ArrayList<>(List.of(
                        Http.put(resource + "/fuzz-" + i, "local-hounslow-key", body),
                        Http.post(resource, "local-hounslow-key", "application/json", body),
                        Http.post(resource, "local-hounslow-key", "text/csv", body)));
                for (Http.Response response : responses) {
                    statuses.merge(response.status(), 1, Integer::sum);
                    assertThat(response.status()).as(body).isBetween(400, 499);
                    assertThat(response.body()).contains("\"detail\"");
                }
            }
        }
        System.out.println("Hostile input: answers by status " + statuses);
        assertThat(appendedToEveryTopic()).isEqualTo(before);
    }

    @Test
    void requestsWithoutOrWithWrongCredentialsAreRefusedAndPublishNothing() {
        final Map<String, Long> before = appendedToEveryTopic();
        for (ServiceProcess service : List.of(
                SYSTEM.stack().jobLoss(),
                SYSTEM.stack().businessSupport(),
                SYSTEM.stack().greenEconomy())) {
            final String resource = service.baseUrl() + resourceOf(service);
            for (String key : new String[] {"", "wrong-key", "LOCAL-HOUNSLOW-KEY"}) {
                assertThat(send(resource + "/creds-1", key, "PUT", HOUNSLOW_EVENT)
                                .statusCode())
                        .isEqualTo(401);
                assertThat(send(resource + "/creds-1", key, "DELETE", null).statusCode())
                        .isEqualTo(401);
                assertThat(send(resource, key, "POST", "[" + HOUNSLOW_EVENT + "]")
                                .statusCode())
                        .isEqualTo(401);
            }
            final Http.Response notTheirs = Http.post(
                    resource,
                    "local-belfast-key",
                    "application/json",
                    "[{\"eventId\": \"creds-2\", "
                            + validHounslowEvent(service).strip().substring(1) + "]");
            assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(403);
            assertThat(notTheirs.body()).contains("may not write for E09000018");
        }
        assertThat(appendedToEveryTopic()).isEqualTo(before);
    }

    @Test
    void aPartnerBeyondItsRateLimitGets429WithRetryAfter() {
        final String resource = SYSTEM.stack().greenEconomy().baseUrl() + "/v1/green-economy";
        Http.Response last = null;
        for (int i = 0; i < 2_000 && (last == null || last.status() != 429); i++) {
            last = Http.put(resource + "/rate-" + i, "local-bradford-key", "{}");
        }
        assertThat(last).isNotNull();
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("detail").asString()).contains("bradford-council");
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
    }

    /** A Hounslow event each service takes, so that only the partner's places can refuse it. */
    private static String validHounslowEvent(ServiceProcess service) {
        return switch (service.name()) {
            case "business-support-service" -> """
                    {"place": "E09000018", "sector": "I", "occurredOn": "2020-06-03",
                     "recipient": {"name": "Bath Road Cafe Ltd"}, "programme": "Recovery Grant",
                     "supportType": "GRANT", "amountPence": 100000, "jobsSafeguarded": 0, "jobsCreated": 5}""";
            case "green-economy-service" -> """
                    {"place": "E09000018", "sector": "D", "occurredOn": "2022-09-05",
                     "organisation": {"name": "Brentford Heat Ltd"}, "activity": "LOW_CARBON_HEAT",
                     "jobsCreated": 4, "investmentPence": 100000}""";
            default -> HOUNSLOW_EVENT;
        };
    }

    private static String resourceOf(ServiceProcess service) {
        return Arrays.stream(EventKind.values())
                .filter(kind -> kind.serviceName().equals(service.name()))
                .findFirst()
                .orElseThrow()
                .resourcePath();
    }

    private static HttpResponse<String> send(String url, String apiKey, String method, String json) {
        try {
            final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json));
            if (!apiKey.isEmpty()) {
                request.header("X-API-Key", apiKey);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> appendedToEveryTopic() {
        final Map<String, Long> appended = new TreeMap<>();
        for (EventKind kind : EventKind.values()) {
            appended.put(
                    kind.topic(),
                    CommittedRecords.writtenRecords(SYSTEM.stack().broker().bootstrapServers(), kind.topic()));
        }
        return appended;
    }

    /** Random bytes, or a valid event mutated to be wrong in one of many ways. */
    private static String hostileBody(Random random) {
        final ObjectNode event = (ObjectNode) Http.JSON.readTree(HOUNSLOW_EVENT);
        return switch (random.nextInt(14)) {
            case 0 -> randomText(random, random.nextInt(200));
            case 1 -> "{\"a\":".repeat(200) + "1" + "}".repeat(200);
            case 2 -> event.put("jobs", "many").toString();
            case 3 -> event.put("jobs", 1e30).toString();
            case 4 -> event.put("place", "ñ€𝄞\u202e").toString();
            case 5 -> event.put("occurredOn", "2999-01-01").toString();
            case 6 -> event.put("employer", "x".repeat(70_000)).toString();
            case 7 -> event.put("unexpected", true).toString();
            case 8 -> event.remove("place") == null ? "{}" : event.toString();
            case 9 -> "[" + event + "," + randomText(random, 20) + "]";
            case 10 -> "eventId,place\n\"unclosed,E09000018\n";
            case 11 -> "place,jobs,jobs\nE09000018,1,2\n";
            case 12 -> event.putArray("status").add(1).toString();
            default -> event.put("sicCode", "99.99.99").put("sector", "Z").toString();
        };
    }

    private static String randomText(Random random, int length) {
        final byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
