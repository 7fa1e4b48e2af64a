package org.recoverytracker.testsupport.http;

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

/**
 * Plain HTTP to services under test, bodies exactly as given (so tests can send what no client
 * library would), with the partner's key in {@code X-API-Key}. Every request times out.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    /** A response: status, headers and body. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The first value of a header, or an empty string. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    public static Response get(String url) {
        return send(request(url, null).GET());
    }

    public static Response put(String url, String apiKey, String json) {
        return put(url, apiKey, "application/json", json);
    }

    public static Response put(String url, String apiKey, String contentType, String body) {
        return send(request(url, apiKey)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static Response post(String url, String apiKey, String contentType, String body) {
        return send(request(url, apiKey)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static Response delete(String url, String apiKey) {
        return send(request(url, apiKey).DELETE());
    }

    /** A request to {@code url} with a timeout, and the partner's key unless it is null. */
    public static HttpRequest.Builder request(String url, String apiKey) {
        final HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }

    /** Sends a request a test built itself. */
    public static Response send(HttpRequest.Builder request) {
        try {
            final HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
