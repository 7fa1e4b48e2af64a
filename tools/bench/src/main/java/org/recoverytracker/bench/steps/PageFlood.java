package org.recoverytracker.bench.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.Samples;
import org.recoverytracker.bench.stats.Stats;
import org.recoverytracker.schemas.ViewsApi;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flood of dashboard page loads, and what it does to the rest of the service: {@code clients}
 * browsers load the home page and a place's page back to back, while one prober asks
 * {@code /actuator/health/liveness} every 100 ms (as a kubelet would, but ten times as often) and
 * another asks the Views API for the UK. Liveness must stay fast (target p99 ≤ 250 ms): if it
 * doesn't, an orchestrator restarts an instance that is only busy. A page load may be answered
 * 503 with Retry-After when the page's turns are taken; that is counted, not a failure.
 */
public final class PageFlood {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PAGES = List.of("/", "/places/E09000018");

    private List<String> pages = PAGES;

    private final URI views;
    private final int clients;
    private final HttpClient browsers = new Http().client();
    private final LongAdder loaded = new LongAdder();
    private final LongAdder busy = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public PageFlood(URI views, int clients) {
        this.views = views;
        this.clients = clients;
    }

    public ObjectNode run(Duration length) throws InterruptedException {
        final String release = cutRelease();
        pages = pagesThatAnswer();
        final long end = System.nanoTime() + length.toNanos();
        final List<Samples> pageSamples = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            final Samples own = new Samples();
            pageSamples.add(own);
            final int client = i;
            threads.add(start("browser-" + i, () -> browse(client, end, own)));
        }
        final Probe liveness = new Probe(views.resolve("/actuator/health/liveness"));
        final Probe uk = new Probe(views.resolve("/v1/uk"));
        threads.add(start("liveness-probe", () -> liveness.run(end)));
        threads.add(start("views-probe", () -> uk.run(end)));
        for (Thread thread : threads) {
            thread.join(TIMEOUT.toMillis() + length.toMillis());
        }
        final ObjectNode out = ResultFile.object();
        out.put("clients", clients);
        out.put("release", release);
        out.set("pages", ResultFile.parse(ResultFile.toJson(pages)));
        out.put("seconds", length.toSeconds());
        out.put("pagesLoaded", loaded.sum());
        out.put("pagesBusy", busy.sum());
        out.put("pagesFailed", failed.sum());
        out.set("pageLatencyMs", latency(Samples.merge(pageSamples)));
        out.set("liveness", liveness.result());
        out.set("viewsApiUk", uk.result());
        return out;
    }

    /**
     * Cuts a release of the open views first, as the daily schedule would have: the public page
     * shows the latest release, and without one a place's page is a 404 with nothing to render. The
     * views refuse (503) to cut one from more organisation contributions than their heap is set to
     * hold; after the streams test's backlog of distinct organisations they always do, which is
     * why the benchmark's views show the exact figures on their page ({@link #pagesThatAnswer}).
     *
     * @return the release's id, or null when the views refused to cut one
     */
    private String cutRelease() throws InterruptedException {
        try {
            final HttpResponse<String> cut = browsers.send(
                    Http.post(views.resolve(ViewsApi.RELEASES_PATH), ""), HttpResponse.BodyHandlers.ofString());
            if (cut.statusCode() == 503) {
                System.out.println("      no release of the open views: "
                        + JSON.readTree(cut.body()).path("detail").asString());
                return null;
            }
            if (cut.statusCode() != 201) {
                throw new IllegalStateException("cutting a release answered " + cut.statusCode() + ": " + cut.body());
            }
            return JSON.readTree(cut.body()).path("id").asString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not cut a release of the open views", e);
        }
    }

    /**
     * The pages that render now, each asked once: a page showing open figures has nothing to show
     * for a place without a release (404), one showing exact figures always has. The flood loads
     * those; it says which it leaves out.
     */
    private List<String> pagesThatAnswer() throws InterruptedException {
        final List<String> answering = new ArrayList<>();
        for (String page : PAGES) {
            try {
                final int status = browsers.send(
                                HttpRequest.newBuilder(views.resolve(page))
                                        .timeout(TIMEOUT)
                                        .header("Accept", "text/html")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    answering.add(page);
                } else {
                    System.out.println("      " + page + " answers " + status + ": left out of the flood");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not load " + page + " before the flood", e);
            }
        }
        if (answering.isEmpty()) {
            throw new IllegalStateException("no page of the dashboard answers 200: nothing to flood");
        }
        return List.copyOf(answering);
    }

    private static Thread start(String name, Runnable work) {
        final Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void browse(int client, long end, Samples samples) {
        for (int n = client; System.nanoTime() < end; n++) {
            final long start = System.nanoTime();
            try {
                final HttpResponse<Void> response = browsers.send(
                        HttpRequest.newBuilder(views.resolve(pages.get(n % pages.size())))
                                .timeout(TIMEOUT)
                                .header("Accept", "text/html")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    loaded.increment();
                    samples.add(System.nanoTime() - start);
                } else if (response.statusCode() == 503) {
                    busy.increment();
                    pause(response.headers()
                                    .firstValue("Retry-After")
                                    .map(Long::parseLong)
                                    .orElse(1L)
                            * 1000);
                } else {
                    failed.increment();
                }
            } catch (IOException e) {
                failed.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode latency(Samples samples) {
        final long[] sorted = samples.sorted();
        final ObjectNode out = ResultFile.object();
        out.put("p50", sorted.length == 0 ? 0 : Stats.percentileMillis(sorted, 50));
        out.put("p99", sorted.length == 0 ? 0 : Stats.percentileMillis(sorted, 99));
        out.put("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        return out;
    }

    /** Asks one address every 100 ms on a connection of its own, timing every answer. */
    private static final class Probe {

        private final URI uri;
        private final HttpClient http = new Http().client();
        private final Samples samples = new Samples();
        private final LongAdder ok = new LongAdder();
        private final LongAdder notOk = new LongAdder();

        Probe(URI uri) {
            this.uri = uri;
        }

        void run(long end) {
            while (System.nanoTime() < end) {
                final long start = System.nanoTime();
                try {
                    final HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    samples.add(System.nanoTime() - start);
                    (response.statusCode() == 200 ? ok : notOk).increment();
                } catch (IOException e) {
                    samples.add(System.nanoTime() - start);
                    notOk.increment();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause(100);
            }
        }

        ObjectNode result() {
            final ObjectNode out = latency(samples);
            out.put("answered200", ok.sum());
            out.put("otherwise", notOk.sum());
            return out;
        }
    }
}
