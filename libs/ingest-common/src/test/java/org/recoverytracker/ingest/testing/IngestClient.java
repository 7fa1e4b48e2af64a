package org.recoverytracker.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partner's HTTP client for an ingest service under test, sending bodies exactly as given. */
public final class IngestClient {

    public static final String HOUNSLOW_KEY = "local-hounslow-key";
    public static final String BRADFORD_KEY = "local-bradford-key";
    public static final String NATIONAL_KEY = "local-national-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String resourcePath;

    public IngestClient(int port, String resourcePath) {
        this.baseUrl = "http://localhost:" + port;
        this.resourcePath = resourcePath;
    }

    /** A response, with its body parsed when it is JSON. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    public Response put(String apiKey, String eventId, String json) {
        return put(apiKey, eventId, "application/json", json);
    }

    public Response put(String apiKey, String eventId, String contentType, String body) {
        return send(request(resourcePath + "/" + eventId, apiKey).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String apiKey, String eventId) {
        return send(request(resourcePath + "/" + eventId, apiKey).DELETE());
    }

    public Response post(String apiKey, String contentType, String body) {
        return send(request(resourcePath, apiKey).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response get(String path) {
        return send(request(path, null).GET());
    }

    /** Sends a request built by the test, with the partner's key when it is not null. */
    public Response send(String path, String apiKey, java.util.function.UnaryOperator<HttpRequest.Builder> customiser) {
        return send(customiser.apply(request(path, apiKey)));
    }

    private HttpRequest.Builder request(String path, String apiKey) {
        final HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            final HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
