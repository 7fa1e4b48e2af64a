package org.recoverytracker.system.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.ChildProcesses;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/**
 * A real Prometheus (the Debian package's {@code prometheus}) on a free loopback port, scraping the
 * given targets' {@code /actuator/prometheus} every second and evaluating a rule file, with its
 * storage and log under a test directory; and its HTTP API, as Grafana uses it. It never outlives
 * the test JVM.
 */
final class PrometheusServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    /** A scrape job: the job name and the {@code host:port} of each instance. */
    record ScrapeJob(String name, List<String> targets) {}

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private PrometheusServer(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts Prometheus and returns once it is ready to answer queries. */
    static PrometheusServer start(Path dir, List<ScrapeJob> jobs, Path ruleFile) {
        final int port = BrokerProcess.freePort();
        try {
            Files.createDirectories(dir);
            final Path config = dir.resolve("prometheus.yml");
            Files.writeString(config, config(jobs, ruleFile));
            final Path log = dir.resolve("prometheus.log");
            final Process process = new ProcessBuilder(
                            Executables.find("prometheus").toString(),
                            "--config.file=" + config,
                            "--storage.tsdb.path=" + dir.resolve("data"),
                            "--web.listen-address=127.0.0.1:" + port,
                            "--log.level=warn")
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .start();
            process.getOutputStream().close();
            ChildProcesses.reapOnExit(process);
            final PrometheusServer prometheus = new PrometheusServer(process, "http://127.0.0.1:" + port, log);
            prometheus.awaitReady();
            return prometheus;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Prometheus", e);
        }
    }

    private static String config(List<ScrapeJob> jobs, Path ruleFile) throws IOException {
        final String template;
        try (InputStream in = PrometheusServer.class.getResourceAsStream("/monitoring/prometheus.yml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final String scrapeConfigs = jobs.stream()
                .map(job -> """
                  - job_name: "%s"
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: [%s]
                """.formatted(
                        job.name(),
                        job.targets().stream().map(target -> '"' + target + '"').collect(Collectors.joining(", "))))
                .collect(Collectors.joining());
        return template.replace(
                        "@RULE_FILE@", ruleFile.toAbsolutePath().normalize().toString())
                .replace("@SCRAPE_CONFIGS@", scrapeConfigs);
    }

    String baseUrl() {
        return baseUrl;
    }

    /**
     * {@code GET /api/v1/query}: the whole answer, {@code status} "success" with {@code data.result},
     * or "error" with {@code error} (an invalid query is a 400 with that body, not an exception).
     */
    JsonNode query(String promql) {
        return api("/api/v1/query?query=" + encode(promql));
    }

    /** The series of an instant query that must succeed. */
    List<JsonNode> series(String promql) {
        final JsonNode answer = query(promql);
        if (!"success".equals(answer.path("status").asString())) {
            throw new IllegalStateException(promql + ": " + answer);
        }
        final List<JsonNode> series = new ArrayList<>();
        answer.path("data").path("result").forEach(series::add);
        return series;
    }

    /** The single value of an instant query that returns one series, or NaN when it returns none. */
    double value(String promql) {
        final List<JsonNode> series = series(promql);
        if (series.size() > 1) {
            throw new IllegalStateException(promql + " returned " + series.size() + " series: " + series);
        }
        return series.isEmpty()
                ? Double.NaN
                : Double.parseDouble(series.get(0).path("value").path(1).asString());
    }

    /** {@code GET /api/v1/label/NAME/values?match[]=SELECTOR}, as Grafana resolves {@code label_values}. */
    List<String> labelValues(String label, String selector) {
        final JsonNode answer =
                api("/api/v1/label/" + label + "/values" + (selector == null ? "" : "?match[]=" + encode(selector)));
        if (!"success".equals(answer.path("status").asString())) {
            throw new IllegalStateException("label values of " + label + " for " + selector + ": " + answer);
        }
        final List<String> values = new ArrayList<>();
        answer.path("data").forEach(value -> values.add(value.asString()));
        return values;
    }

    /** Any API call, e.g. {@code /api/v1/rules}; the parsed JSON answer, whatever its status code. */
    JsonNode api(String pathAndQuery) {
        return Http.get(baseUrl + pathAndQuery).json();
    }

    /** The Prometheus log, for failure messages. */
    Path log() {
        return log;
    }

    private void awaitReady() {
        final Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!isReady()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Prometheus did not become ready; see " + log + ":\n" + tail());
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private boolean isReady() {
        try {
            return Http.get(baseUrl + "/-/ready").status() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private String tail() {
        try {
            final List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        ChildProcesses.awaitExit(process, Duration.ofSeconds(30));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
