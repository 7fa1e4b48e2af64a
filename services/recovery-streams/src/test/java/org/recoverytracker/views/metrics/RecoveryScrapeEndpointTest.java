package org.recoverytracker.views.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where the recovery gauge families go in a scrape of either text format. */
class RecoveryScrapeEndpointTest {

    private static final String FAMILIES = "# TYPE recovery_events gauge\nrecovery_events{place_name=\"Ynys Môn\"} 3\n";

    @Test
    void addsTheFamiliesAtTheEndOfThePrometheusTextFormat() {
        final String scrape = "# TYPE jvm_threads gauge\njvm_threads 41\n";

        assertThat(spliced(scrape)).isEqualTo(scrape + FAMILIES);
    }

    @Test
    void addsTheFamiliesBeforeTheClosingEofOfOpenMetrics() {
        final String scrape = "# TYPE jvm_threads gauge\njvm_threads 41\n# EOF\n";

        assertThat(spliced(scrape)).isEqualTo("# TYPE jvm_threads gauge\njvm_threads 41\n" + FAMILIES + "# EOF\n");
    }

    @Test
    void keepsTheScrapesOwnNonAsciiLabelValuesWhole() {
        final String scrape = "recovery_region{region_name=\"Gogledd Cymru – Môn\"} 1\n# EOF\n";

        assertThat(spliced(scrape)).startsWith("recovery_region{region_name=\"Gogledd Cymru – Môn\"} 1\n");
    }

    @Test
    void addsTheFamiliesToAnEmptyScrape() {
        assertThat(spliced("")).isEqualTo(FAMILIES);
    }

    private static String spliced(String scrape) {
        return new String(
                RecoveryScrapeEndpoint.withFamilies(scrape.getBytes(StandardCharsets.UTF_8), FAMILIES),
                StandardCharsets.UTF_8);
    }
}
