package org.recoverytracker.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.recoverytracker.bench.events.EventFactory;

/**
 * HTTP as a partner's system or a dashboard speaks it: HTTP/1.1 with keep-alive, the JDK's client,
 * the benchmark partner's {@code X-API-Key} on writes.
 */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpClient client() {
        return client;
    }

    public static HttpRequest put(URI uri, String json) {
        return write(uri)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    public static HttpRequest post(URI uri, String json) {
        return write(uri)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    public static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET of JSON, or null when nothing answers (a service starting or stopped). */
    public HttpResponse<String> tryGet(URI uri) throws InterruptedException {
        return tryGet(uri, "application/json");
    }

    /** GET of the given media type, or null when nothing answers. */
    public HttpResponse<String> tryGet(URI uri, String accept) throws InterruptedException {
        try {
            return send(HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("Accept", accept)
                    .GET()
                    .build());
        } catch (IOException e) {
            return null;
        }
    }

    private static HttpRequest.Builder write(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("X-API-Key", EventFactory.API_KEY)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }
}
