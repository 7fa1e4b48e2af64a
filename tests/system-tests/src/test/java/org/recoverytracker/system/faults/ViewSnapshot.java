package org.recoverytracker.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an instance of the views service shows: every view (the UK, its weekly series, a region,
 * the list of places, and each place with its weekly series) without its last-change times, and the
 * contract's recovery gauges. Two instances that counted the same events, or one instance before and
 * after a rebuild, must show equal snapshots.
 *
 * @param views each view's path → the view, without {@code lastUpdated}
 * @param gauges each recovery gauge series (name and labels) → its value
 */
record ViewSnapshot(Map<String, JsonNode> views, Map<String, String> gauges) {

    /** The contract's gauge families (see "Prometheus metrics"). */
    private static final Set<String> GAUGES = Set.of(
            "recovery_jobs_at_risk",
            "recovery_jobs_lost",
            "recovery_jobs_safeguarded",
            "recovery_jobs_created",
            "recovery_green_jobs_created",
            "recovery_support_awarded_pounds",
            "recovery_green_investment_pounds",
            "recovery_net_job_change",
            "recovery_events");

    static ViewSnapshot of(String viewsUrl) {
        final Map<String, JsonNode> views = new TreeMap<>();
        for (String path : everyView(viewsUrl)) {
            views.put(path, measuresOnly(Http.get(viewsUrl + path).json()));
        }
        return new ViewSnapshot(views, gauges(viewsUrl));
    }

    /**
     * A snapshot once it stands still: the same twice in a row, a gauge refresh apart. The views
     * may be right before the gauges, which are refreshed every second, catch up with them.
     */
    static ViewSnapshot awaitSteady(String viewsUrl) {
        final AtomicReference<ViewSnapshot> last = new AtomicReference<>(of(viewsUrl));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(1500))
                .until(() -> {
                    final ViewSnapshot now = of(viewsUrl);
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    private static List<String> everyView(String viewsUrl) {
        final List<String> paths = new ArrayList<>(List.of("/v1/uk", "/v1/places", "/v1/uk/weekly", "/v1/regions/TLI"));
        for (JsonNode place : Http.get(viewsUrl + "/v1/places").json()) {
            final String code = place.get("place").asString();
            paths.add("/v1/places/" + code);
            paths.add("/v1/places/" + code + "/weekly");
        }
        return paths;
    }

    /**
     * A view without its last-change times: which change came last to a view depends on how
     * partitions interleave, what the view counts does not.
     */
    private static JsonNode measuresOnly(JsonNode view) {
        final JsonNode copy = view.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("lastUpdated");
        }
        return copy;
    }

    private static Map<String, String> gauges(String viewsUrl) {
        final Map<String, String> gauges = new TreeMap<>();
        Http.get(viewsUrl + "/actuator/prometheus")
                .body()
                .lines()
                .filter(line -> line.contains("{") && GAUGES.contains(line.substring(0, line.indexOf('{'))))
                .forEach(line -> gauges.put(
                        line.substring(0, line.lastIndexOf(' ')), line.substring(line.lastIndexOf(' ') + 1)));
        return gauges;
    }
}
