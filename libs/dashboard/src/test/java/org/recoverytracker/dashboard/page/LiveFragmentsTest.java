package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.SampleViews;
import org.recoverytracker.dashboard.views.Week;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live blocks the page's script asks for and swaps in: the page's own blocks rendered again
 * from the views as they are now, figures written by the server, with the status the script goes
 * by (404 while there are no figures, 503 while the views move).
 */
class LiveFragmentsTest extends HounslowLive {

    private static final List<String> PLACE_BLOCKS = List.of(
            "app-last-checked",
            "headline-figures",
            "comparison-table",
            "index-table",
            "index-notes",
            "sectors-table",
            "weekly-table");

    @Test
    void rendersEveryLiveBlockOfAPlaceExactlyAsThePageDoes() throws Exception {
        final Document page = html("/places/E09000018", 200);
        final Document live = html("/dashboard/fragments/places/E09000018", 200);

        assertThat(live.select("[data-live]").eachAttr("id")).containsExactlyElementsOf(PLACE_BLOCKS);
        assertThat(page.select("[data-live]").eachAttr("id")).containsExactlyElementsOf(PLACE_BLOCKS);
        for (String block : PLACE_BLOCKS.subList(1, PLACE_BLOCKS.size())) {
            assertThat(live.getElementById(block).outerHtml())
                    .as(block)
                    .isEqualTo(page.getElementById(block).outerHtml());
        }
    }

    @Test
    void showsANewReportInTheNextBlocksWrittenByTheServer() throws Exception {
        final Figures retail = new Figures(0, 250, 0, 0, 0, 0, 0, -250, 1);
        views.place(
                new AreaFigures(
                        "E09000018",
                        "Hounslow",
                        new Figures(300, 1450, 25, 12, 0, 2500050, 0, -1438, 4),
                        List.of(
                                SampleViews.HOUNSLOW.sectors().get(0),
                                new AreaFigures.Sector(
                                        "G",
                                        "Wholesale and retail trade; repair of motor vehicles and motorcycles",
                                        retail),
                                SampleViews.HOUNSLOW.sectors().get(1))),
                List.of(
                        SampleViews.HOUNSLOW_WEEKS.get(0),
                        new Week(
                                LocalDate.parse("2020-09-07"),
                                SampleViews.HOUNSLOW_WEEKS.get(1).figures(),
                                false),
                        new Week(LocalDate.parse("2021-03-01"), retail, true)));

        final Document live = html("/dashboard/fragments/places/E09000018", 200);

        assertThat(live.selectFirst(".app-figure__value[data-area=place][data-measure=jobsLost]")
                        .text())
                .isEqualTo("1,450");
        assertThat(live.selectFirst(".app-figure__value[data-area=place][data-measure=netJobChange]")
                        .text())
                .isEqualTo("-1,438");
        assertThat(live.select("[data-sectors-of=place] tr").eachAttr("data-sector"))
                .containsExactly("H", "G", "I");
        final Element week = live.selectFirst("[data-weeks-of=place] tr[data-week=2021-03-01]");
        assertThat(week.selectFirst("th").text()).isEqualTo("1 March 2021 Provisional");
        assertThat(week.selectFirst("td[data-measure=jobsLost]").text()).isEqualTo("250");
        // The week before is final now, so its tag goes with the next blocks.
        assertThat(live.select("[data-weeks-of=place] tr[data-provisional=true]")
                        .eachAttr("data-week"))
                .containsExactly("2021-03-01");
        final Element lost = live.selectFirst("#comparison-table tr[data-measure=jobsLost]");
        assertThat(lost.select("td").eachText()).containsExactly("1,450", "4,800", "4,800", "30%", "30%");
    }

    @Test
    void givesTheChartEveryWeekFromTheFirstToTheLastWithGapsAsZeros() throws Exception {
        final Document live = html("/dashboard/fragments/places/E09000018", 200);

        final JsonNode chart = JsonMapper.builder()
                .build()
                .readTree(live.getElementById("weekly-table").attr("data-chart-weeks"));
        // 13 April to 7 September 2020: 21 weeks apart, 22 weeks in all.
        assertThat(chart.path("weeks").size()).isEqualTo(22);
        assertThat(chart.path("weeks").get(0).asString()).isEqualTo("13 Apr 2020");
        assertThat(chart.path("jobsLost").get(0).asLong()).isEqualTo(1200);
        assertThat(chart.path("jobsLost").get(1).asLong()).isZero();
        assertThat(chart.path("jobsCreated").get(21).asLong()).isEqualTo(12);
        assertThat(chart.path("jobsSafeguarded").get(21).asLong()).isEqualTo(25);
    }

    @Test
    void tellsTheChartWhichWeeksAreProvisional() throws Exception {
        final Document live = html("/dashboard/fragments/places/E09000018", 200);

        final JsonNode chart = JsonMapper.builder()
                .build()
                .readTree(live.getElementById("weekly-table").attr("data-chart-weeks"));
        final List<Boolean> provisional = new ArrayList<>();
        chart.path("provisional").forEach(week -> provisional.add(week.asBoolean()));
        // Only 7 September 2020, the last of the 22 weeks; the empty weeks between have nothing to mark.
        assertThat(provisional).hasSize(22).containsOnlyOnce(true).endsWith(true);
        assertThat(provisional.get(0)).isFalse();
    }

    @Test
    void showsABaselineLoadedSinceInTheNextBlocks() throws Exception {
        final Document before = html("/dashboard/fragments/places/E09000018", 200);
        views.againstBaseline("E09000018", SampleViews.HOUNSLOW_AGAINST_BASELINE);

        final Document after = html("/dashboard/fragments/places/E09000018", 200);

        assertThat(before.select("#index-table td[data-area=place][data-measure=eventImpliedIndex]")
                        .text())
                .isEqualTo("No baseline");
        assertThat(after.select("#index-table td[data-area=place][data-measure=eventImpliedIndex]")
                        .text())
                .isEqualTo("96.0");
        assertThat(after.select("#index-notes").text()).contains(SampleViews.ILLUSTRATIVE);
    }

    @Test
    void rendersTheOverviewsPlacesTooWithTheirFigures() throws Exception {
        final Document live = html("/dashboard/fragments/uk", 200);

        assertThat(live.select("[data-live]").eachAttr("id"))
                .containsExactly(
                        "app-last-checked",
                        "headline-figures",
                        "index-table",
                        "index-notes",
                        "places-table",
                        "sectors-table",
                        "weekly-table");
        assertThat(live.selectFirst("[data-places] tr[data-place=E08000032] td[data-measure=jobsCreated]")
                        .text())
                .isEqualTo("40");
        assertThat(live.selectFirst(".app-figure__value[data-area=uk][data-measure=supportAwardedPence]")
                        .text())
                .isEqualTo("£90,000.50");
    }

    @Test
    void answer404sWhileThereAreNoFiguresAnd503WhileTheViewsMove() throws Exception {
        assertThat(html("/dashboard/fragments/places/N09000003", 404).select("[data-live]"))
                .isEmpty();
        assertThat(html("/dashboard/fragments/places/E09999999", 404).select("[data-live]"))
                .isEmpty();

        views.unavailable("place E09000018");
        final MvcResult moving =
                mvc.perform(get("/dashboard/fragments/places/E09000018")).andReturn();
        assertThat(moving.getResponse().getStatus()).isEqualTo(503);
        assertThat(moving.getResponse().getHeader("Retry-After")).isEqualTo("2");

        views.reset();
        assertThat(html("/dashboard/fragments/uk", 404).select("[data-live]")).isEmpty();
    }

    @Test
    void leavesWritingFiguresToTheServer() throws IOException {
        final String script;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/dashboard/dashboard.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final List<String> formatting = new ArrayList<>();
        for (String formatter : List.of("NumberFormat", "toLocaleString", "toFixed", "£", "less than 1%")) {
            if (script.contains(formatter)) {
                formatting.add(formatter);
            }
        }
        assertThat(formatting).as("number formatting in dashboard.js").isEmpty();
    }

    private Document html(String url, int status) throws Exception {
        final MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
