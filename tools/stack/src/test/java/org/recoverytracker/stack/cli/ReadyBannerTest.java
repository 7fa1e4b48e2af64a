package org.recoverytracker.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyBannerTest {

    @Test
    void boxesEveryRowAtTheWidthOfTheLongest() {
        assertThat(ReadyBanner.box(List.of("ab", "", "abcd")).lines().toList())
                .containsExactly("+------+", "| ab   |", "|      |", "| abcd |", "+------+");
    }

    @Test
    void showsTheUrlsTheKeysAndWhereLogsAndDataAre() {
        List<String> rows = ReadyBanner.rows(Duration.ofSeconds(62), 9092, Path.of("/d/logs"), Path.of("/d"));

        assertThat(rows.get(0)).isEqualTo("Recovery Tracker is running: ready in 62 s");
        assertThat(String.join("\n", rows))
                .contains(
                        "Dashboard      http://localhost:8080/",
                        "http://localhost:8081/swagger-ui.html",
                        "Kafka          127.0.0.1:9092",
                        "hounslow-council          local-hounslow-key   E09000018 Hounslow",
                        "uk-recovery-observatory   local-national-key   every place",
                        "Logs           /d/logs/",
                        "Data           /d/");
    }
}
