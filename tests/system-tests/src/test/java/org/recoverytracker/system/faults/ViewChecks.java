package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/** Compares the views a streams instance serves with the oracle. */
final class ViewChecks {

    private ViewChecks() {}

    /** Waits until the instance's views equal the oracle exactly, and returns how long that took. */
    static Duration awaitViewsEqual(String viewsUrl, Oracle oracle, Duration atMost) {
        final long start = System.nanoTime();
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .untilAsserted(() -> assertViewsEqual(viewsUrl, oracle));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Every place × sector view, every region (a region without live events is a 404), the UK and
     * its sectors, and the UK's weekly series equal the oracle.
     */
    static void assertViewsEqual(String viewsUrl, Oracle oracle) {
        final Http.Response uk = Http.get(viewsUrl + "/v1/uk");
        assertThat(uk.status()).as(uk.body()).isEqualTo(200);
        assertThat(Figures.shownBy(uk.json())).as("UK").isEqualTo(oracle.expectedUk());
        final Map<String, Figures> ukSectors = new TreeMap<>();
        uk.json()
                .get("sectors")
                .forEach(sector -> ukSectors.put(sector.get("sector").asString(), Figures.shownBy(sector)));
        assertThat(ukSectors).as("UK sectors").isEqualTo(oracle.expectedUkSectors());
        assertThat(sectorsShownBy(viewsUrl)).isEqualTo(oracle.expectedSectors());
        final Map<String, Figures> regions = oracle.expectedRegions();
        for (Region region : ReferenceData.uk().regions()) {
            final Http.Response shown = Http.get(viewsUrl + "/v1/regions/" + region.code());
            if (regions.containsKey(region.code())) {
                assertThat(shown.status()).as(shown.body()).isEqualTo(200);
                assertThat(Figures.shownBy(shown.json())).as(region.code()).isEqualTo(regions.get(region.code()));
            } else {
                assertThat(shown.status())
                        .as(region.code() + ": " + shown.body())
                        .isEqualTo(404);
            }
        }
        assertThat(ukWeeksShownBy(viewsUrl)).as("UK weekly").isEqualTo(oracle.expectedUkWeeks());
    }

    /** The UK's weekly series: the Monday of each week → its measures. */
    static Map<String, Figures> ukWeeksShownBy(String viewsUrl) {
        final Http.Response weekly = Http.get(viewsUrl + "/v1/uk/weekly");
        assertThat(weekly.status()).as(weekly.body()).isEqualTo(200);
        final Map<String, Figures> shown = new TreeMap<>();
        for (JsonNode week : weekly.json()) {
            shown.put(week.get("weekStart").asString(), Figures.shownBy(week));
        }
        return shown;
    }

    /** Every place × sector view, from each place's view. */
    static Map<String, Figures> sectorsShownBy(String viewsUrl) {
        final Map<String, Figures> shown = new TreeMap<>();
        final Http.Response places = Http.get(viewsUrl + "/v1/places");
        assertThat(places.status()).as(places.body()).isEqualTo(200);
        for (JsonNode place : places.json()) {
            final String code = place.get("place").asString();
            final Http.Response detail = Http.get(viewsUrl + "/v1/places/" + code);
            assertThat(detail.status()).as(detail.body()).isEqualTo(200);
            for (JsonNode sector : detail.json().get("sectors")) {
                shown.put(code + "|" + sector.get("sector").asString(), Figures.shownBy(sector));
            }
        }
        return shown;
    }
}
