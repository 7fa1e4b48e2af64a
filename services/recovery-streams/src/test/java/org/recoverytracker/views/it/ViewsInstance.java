package org.recoverytracker.views.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoverytracker.views.RecoveryStreamsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/** One instance of the streams service, started in this JVM on its own port and state directory. */
final class ViewsInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final ConfigurableApplicationContext context;

    /** A response: status, body, the value of its WWW-Authenticate header (empty without one), and all its headers. */
    record Response(int status, String body, String challenge, HttpHeaders headers) {

        /** The first value of a header, or empty without one. */
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private ViewsInstance(int port, ConfigurableApplicationContext context) {
        this.port = port;
        this.context = context;
    }

    static ViewsInstance start(String bootstrapServers, Path stateDir, String... extraProperties) {
        final int port = TestSocketUtils.findAvailableTcpPort();
        final List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--recovery.streams.application-server=localhost:" + port,
                "--recovery.streams.state-dir=" + stateDir,
                "--recovery.streams.gauge-interval=500ms"));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
        return new ViewsInstance(
                port,
                new SpringApplicationBuilder(RecoveryStreamsApplication.class).run(arguments.toArray(String[]::new)));
    }

    int port() {
        return port;
    }

    Response get(String path) {
        return get(path, Map.of());
    }

    /** A GET with a partner's API key (none when null). */
    Response get(String path, String apiKey) {
        return apiKey == null ? get(path, Map.of()) : get(path, Map.of("X-API-Key", apiKey));
    }

    /** A GET with these request headers. */
    Response get(String path, Map<String, String> headers) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            final HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("WWW-Authenticate").orElse(""),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST without a body, with a partner's API key (none when null). */
    Response post(String path, String apiKey) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request);
    }

    boolean isReady() {
        return get("/actuator/health/readiness").status() == 200;
    }

    @Override
    public void close() {
        context.close();
    }
}
