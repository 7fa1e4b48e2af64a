package org.recoverytracker.stack.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The box printed once the stack is ready: where to go, the dev-only keys, where logs and data are. */
final class ReadyBanner {

    private ReadyBanner() {}

    static List<String> rows(Duration readyIn, int kafkaPort, Path logDir, Path dataDir) {
        return List.of(
                "Recovery Tracker is running: ready in " + readyIn.toSeconds() + " s",
                "",
                "Dashboard      http://localhost:8080/   (the open figures of the latest release: the demo feed",
                "               cuts one every minute; without it, cut one as under Open data)",
                "Views API      http://localhost:8080/v1/places   (also /v1/regions/TLI, /v1/uk, .../weekly)",
                "               http://localhost:8080/swagger-ui.html",
                "Open data      http://localhost:8080/open/v1/releases   (figures safe to publish: /open/v1/uk, ...;",
                "               cut a release: POST it with the national key below), /catalog.jsonld, /v1/dictionary",
                "Ingest APIs    job losses        http://localhost:8081/swagger-ui.html",
                "(Swagger UI)   business support  http://localhost:8082/swagger-ui.html",
                "               green economy     http://localhost:8083/swagger-ui.html",
                "Reference API  areas, baselines  http://localhost:8084/v1/areas   (PUT/DELETE/POST; read on 8080)",
                "Prometheus     http://localhost:8080/actuator/prometheus   (the same on 8081-8084)",
                "Kafka          127.0.0.1:" + kafkaPort,
                "",
                "DEV-ONLY partner keys (header X-API-Key), valid on this local stack only:",
                "  hounslow-council          local-hounslow-key   E09000018 Hounslow",
                "  belfast-city-council      local-belfast-key    N09000003 Belfast",
                "  bradford-council          local-bradford-key   E08000032 Bradford",
                "  uk-recovery-observatory   local-national-key   every place",
                "",
                "Logs           " + logDir + "/",
                "Data           " + dataDir + "/");
    }

    /** The rows in a box as wide as the longest row. */
    static String box(List<String> rows) {
        int width = rows.stream().mapToInt(String::length).max().orElse(0);
        String border = "+" + "-".repeat(width + 2) + "+";
        StringBuilder box = new StringBuilder(border).append(System.lineSeparator());
        for (String row : rows) {
            box.append("| ")
                    .append(row)
                    .append(" ".repeat(width - row.length()))
                    .append(" |")
                    .append(System.lineSeparator());
        }
        return box.append(border).toString();
    }
}
