package org.recoverytracker.views.page;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Views API at the HTTP boundary: a real HTTP server on a free loopback port
 * that answers what a test told it to, and a problem-details 404 for anything else. The page is
 * tested through the very client and parsing it uses against the real API.
 */
final class FakeViewsApi {

    /** What the fake answers to one path (with its query, if the test cares). */
    record Answer(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private FakeViewsApi(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeViewsApi start() {
        try {
            return new FakeViewsApi(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code 200} with the JSON body. */
    FakeViewsApi json(String path, String body) {
        answers.put(path, new Answer(200, body, Map.of("Content-Type", "application/json")));
        return this;
    }

    /** Answers a problem: {@code 404}, {@code 503} with {@code Retry-After}, ... as the real API does. */
    FakeViewsApi problem(String path, int status, String detail) {
        final String body = "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        answers.put(path, new Answer(status, body, status == 503
                ? Map.of("Content-Type", "application/problem+json", "Retry-After", "2")
                : Map.of("Content-Type", "application/problem+json")));
        return this;
    }

    /** Every path and query asked for so far. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    void reset() {
        answers.clear();
        requested.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        final String query = exchange.getRequestURI().getRawQuery();
        final String path = exchange.getRequestURI().getRawPath();
        final String asked = query == null ? path : path + "?" + query;
        requested.add(asked);
        final Answer answer = answers.getOrDefault(asked, answers.getOrDefault(path,
                new Answer(404, "{\"status\":404,\"detail\":\"" + path + " has no live events.\"}",
                        Map.of("Content-Type", "application/problem+json"))));
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        final byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
