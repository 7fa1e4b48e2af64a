package org.recoverytracker.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.ReferenceApi;
import org.recoverytracker.schemas.ViewsApi;
import org.recoverytracker.testsupport.LocalPartner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends the story's requests to the ingest services over HTTP, as a partner's system would, with the
 * partner's {@code X-API-Key}.
 *
 * <p>A 503 (Kafka not reachable yet) or a refused connection (a service still starting) is retried
 * with a growing pause, which is safe because every request is idempotent: a PUT or DELETE of the
 * same event, or a batch that was all-or-nothing rejected. Anything else but a 202 is a bug in the
 * feed or the service, and fails at once with the service's problem detail.
 */
final class IngestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<EventKind, URI> services;
    private final Duration patience;
    private final Duration firstPause;
    private URI referenceService;
    private URI views;

    /**
     * @param services the base URI of each kind's ingest service, e.g. {@code http://localhost:8081}
     * @param patience how long to keep retrying a request the service cannot take yet
     * @param firstPause the pause before the first retry; it doubles up to 5 s
     */
    IngestClient(Map<EventKind, URI> services, Duration patience, Duration firstPause) {
        this.services = new EnumMap<>(services);
        this.patience = patience;
        this.firstPause = firstPause;
    }

    /** Sends reference data ({@link #sendContext}) to the reference service at this base URI. */
    IngestClient withReferenceService(URI base) {
        this.referenceService = base;
        return this;
    }

    /** Cuts releases of the open views ({@link #cutRelease}) at the views service at this base URI. */
    IngestClient withViews(URI base) {
        this.views = base;
        return this;
    }

    /** The views service on the contract's local port of {@code host}. */
    static URI localViews(String host) {
        return URI.create("http://" + host + ":" + ViewsApi.LOCAL_PORT);
    }

    /**
     * Cuts a release of the open views, as an operator does, with the national partner's dev-only
     * key (the one local partner that may write for every place), and returns its id.
     */
    String cutRelease() throws InterruptedException {
        final HttpRequest request = asNationalPartner(ViewsApi.RELEASES_PATH)
                .POST(BodyPublishers.noBody())
                .build();
        final String body = exchange(request, 201);
        final String id = field(body, "id").asString("");
        if (id.isBlank()) {
            throw new FeedFailure(describe(request) + " answered 201 without a release id: " + body);
        }
        return id;
    }

    /**
     * How many live events the views count over the UK now; -1 while they can't say (starting, or
     * no event counted yet), so that a caller waiting for them to settle waits on.
     */
    long eventsCounted() throws InterruptedException {
        final HttpRequest request = asNationalPartner("/v1/uk").GET().build();
        try {
            final HttpResponse<String> response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200
                    ? field(response.body(), "events").asLong(-1)
                    : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A field of a JSON answer; a missing node when the answer is no JSON object at all. */
    private static JsonNode field(String body, String field) {
        try {
            return JSON.readTree(body).path(field);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** A request to the views service at {@code path}, with the national partner's dev-only key. */
    private HttpRequest.Builder asNationalPartner(String path) {
        if (views == null) {
            throw new IllegalStateException("no views service configured");
        }
        return HttpRequest.newBuilder(URI.create(views + path))
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", LocalPartner.NATIONAL.key())
                .header("Accept", "application/json");
    }

    /** The reference service on the contract's local port of {@code host}. */
    static URI localReferenceService(String host) {
        return URI.create("http://" + host + ":" + ReferenceApi.LOCAL_PORT);
    }

    /** The services on the contract's local ports of {@code host}. */
    static Map<EventKind, URI> localServices(String host) {
        final Map<EventKind, URI> services = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            services.put(kind, URI.create("http://" + host + ":" + kind.localPort()));
        }
        return services;
    }

    /**
     * Sends a step and returns how many events the service accepted.
     *
     * @throws FeedFailure if the service rejected it, or was unavailable for longer than the patience
     */
    int send(Step step) throws InterruptedException {
        final HttpRequest request = requestFor(step);
        return acceptedCount(step, exchange(request));
    }

    /**
     * Sends a write of reference data (an area, baselines) to the reference service and returns
     * how many records it accepted.
     *
     * @throws FeedFailure if the service rejected it, or was unavailable for longer than the patience
     */
    int sendContext(ContextData.Write write) throws InterruptedException {
        if (referenceService == null) {
            throw new IllegalStateException("no reference service configured");
        }
        final HttpRequest request = HttpRequest.newBuilder(URI.create(referenceService + write.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", write.apiKey())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(write.method(), BodyPublishers.ofString(write.json(), StandardCharsets.UTF_8))
                .build();
        final JsonNode accepted = JSON.readTree(exchange(request)).get("accepted");
        return accepted == null ? 1 : accepted.asInt();
    }

    /** Sends a request until it is answered 202 (returning the body), retrying while the service can't take it yet. */
    private String exchange(HttpRequest request) throws InterruptedException {
        return exchange(request, 202);
    }

    /** Sends a request until it is answered {@code expected}, retrying while the service can't take it yet (503). */
    private String exchange(HttpRequest request, int expected) throws InterruptedException {
        final long deadline = System.nanoTime() + patience.toNanos();
        Duration pause = firstPause;
        while (true) {
            String unavailable;
            try {
                final HttpResponse<String> response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == expected) {
                    return response.body();
                }
                if (response.statusCode() != 503) {
                    throw new FeedFailure(
                            describe(request) + " answered " + response.statusCode() + ": " + response.body());
                }
                unavailable = "503 " + response.body();
            } catch (IOException e) {
                unavailable = e.toString();
            }
            if (System.nanoTime() + pause.toNanos() > deadline) {
                throw new FeedFailure(
                        describe(request) + " still unavailable after " + patience.toSeconds() + " s: " + unavailable);
            }
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private HttpRequest requestFor(Step step) {
        final URI resource = services.get(step.kind()).resolve(step.kind().resourcePath());
        final HttpRequest.Builder request = HttpRequest.newBuilder()
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", step.partner().apiKey())
                .header("Accept", "application/json");
        if (step instanceof Step.Put put) {
            return request.uri(item(resource, put.eventId()))
                    .header("Content-Type", "application/json")
                    .PUT(BodyPublishers.ofString(Payloads.json(put.event()), StandardCharsets.UTF_8))
                    .build();
        }
        if (step instanceof Step.Retract retract) {
            return request.uri(item(resource, retract.eventId())).DELETE().build();
        }
        final Step.Batch batch = (Step.Batch) step;
        final boolean json = batch.format() == Step.Format.JSON;
        return request.uri(resource)
                .header("Content-Type", json ? "application/json" : "text/csv")
                .POST(BodyPublishers.ofString(
                        json ? Payloads.jsonBatch(batch.events()) : Payloads.csvBatch(batch.events()),
                        StandardCharsets.UTF_8))
                .build();
    }

    /** Event ids are restricted to characters that need no escaping in a path segment. */
    private static URI item(URI resource, String eventId) {
        return URI.create(resource + "/" + eventId);
    }

    private static int acceptedCount(Step step, String body) {
        if (!(step instanceof Step.Batch batch)) {
            return 1;
        }
        final JsonNode accepted = JSON.readTree(body).get("accepted");
        if (accepted == null || accepted.asInt() != batch.events().size()) {
            throw new FeedFailure("a batch of " + batch.events().size() + " events was answered with " + body);
        }
        return accepted.asInt();
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }
}
