package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.FiguresRelease;
import org.recoverytracker.dashboard.views.InMemoryReleasedViews;
import org.recoverytracker.dashboard.views.Measure;
import org.recoverytracker.dashboard.views.Week;
import org.recoverytracker.disclosure.Sdc1;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public page as it is deployed by default: the latest release of the open figures, never the
 * exact views, which hold Hounslow's exact figures ({@code SampleViews}: 1,200 jobs lost) in every
 * test here. Suppressed figures are
 * said in words with their GSS symbol, the page names its release and explains the rules, its data
 * links lead to the open API and downloads, and it offers no provenance.
 */
@TestPropertySource(properties = "recovery.dashboard.figures=open")
class OpenPageTest extends HounslowLive {

    private static final FiguresRelease RELEASE = new FiguresRelease("2026-12-03-1", LocalDate.parse("2026-12-03"));

    /** Hounslow as the release publishes it: jobs lost from too few employers, a held change, a low figure. */
    private static final Figures HOUNSLOW_OPEN = Figures.open(
            values(300L, null, 25L, 0L, 0L, 2_500_000L, 0L, null, 5L),
            Map.of(
                    "jobsAtRisk",
                    List.of("p"),
                    "jobsLost",
                    List.of("c"),
                    "jobsCreated",
                    List.of("k"),
                    "netJobChange",
                    List.of("c")));

    private static final Figures TRANSPORT_OPEN = Figures.open(
            values(300L, null, 0L, 0L, 0L, 0L, 0L, null, 5L),
            Map.of("jobsLost", List.of("c"), "netJobChange", List.of("c")));

    private static final Figures WEEK_OPEN = Figures.open(
            values(300L, null, 0L, 0L, 0L, 0L, 0L, null, 5L),
            Map.of("jobsAtRisk", List.of("r"), "jobsLost", List.of("c"), "netJobChange", List.of("c")));

    private static final Figures LONDON_OPEN =
            Figures.open(values(1500L, 4800L, 25L, 0L, 0L, 2_500_000L, 0L, -4800L, 10L), Map.of());

    @Autowired
    private InMemoryReleasedViews releases;

    @BeforeEach
    void noReleaseYet() {
        releases.reset();
    }

    @Test
    void saysNoFiguresArePublishedBeforeTheFirstRelease() throws Exception {
        final Document overview = page("/", 200);
        assertThat(overview.select("#app-notice").text())
                .contains("No figures have been published yet")
                .contains("The first release has not been published yet");
        assertThat(overview.select("#headline-figures")).isEmpty();

        final Document place = page("/places/E09000018", 404);
        assertThat(place.select("#app-notice").text()).contains("No figures have been published yet");
        assertThat(place.text()).doesNotContain("1,200");
    }

    @Test
    void showsTheReleasedFiguresWithSuppressedOnesInWords() throws Exception {
        publishHounslow();

        final Document page = page("/places/E09000018", 200);

        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsLost").text())
                .isEqualTo("Confidential [c]");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsLost").attr("title"))
                .startsWith("confidential: not published");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsLost").attr("data-flags"))
                .isEqualTo("c");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsAtRisk")
                        .text())
                .isEqualTo("300 [p]");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsAtRisk")
                        .attr("title"))
                .startsWith("held back");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsCreated")
                        .text())
                .isEqualTo("Low [k]");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "supportAwardedPence")
                        .text())
                .isEqualTo("£25,000");
        assertThat(cell(page, ".app-figure__value[data-area=place]", "jobsSafeguarded")
                        .hasAttr("title"))
                .isFalse();

        final Element transport = page.selectFirst("[data-sectors-of=place] tr[data-sector=H]");
        assertThat(transport.selectFirst("td[data-measure=jobsLost]").text()).isEqualTo("Confidential [c]");
        assertThat(transport.select("a")).as("no provenance for open figures").isEmpty();

        final Element week = page.selectFirst("[data-weeks-of=place] tr[data-week=2020-04-13]");
        assertThat(week.selectFirst("td[data-measure=jobsAtRisk]").text()).isEqualTo("300 [r]");

        final Element lost = page.selectFirst("#comparison-table tr[data-measure=jobsLost]");
        assertThat(lost.select("td").eachText()).containsExactly("Confidential [c]", "4,800", "4,800", "–", "–");

        assertThat(page.text())
                .as("no exact figure of Hounslow's")
                .doesNotContain("1,200")
                .doesNotContain("£25,000.50");
    }

    @Test
    void namesItsReleaseAndExplainsTheRules() throws Exception {
        publishHounslow();

        final Document page = page("/places/E09000018", 200);

        final Element checked = page.selectFirst("#app-last-checked");
        assertThat(checked.attr("data-release")).isEqualTo("2026-12-03-1");
        assertThat(checked.text()).startsWith("Figures from release 2026-12-03-1, published 3 December 2026");
        assertThat(page.select("#about-rules li")).hasSize(4);
        assertThat(page.select("#about-symbols dt").eachText()).containsExactly("[c]", "[k]", "[p]", "[r]");
        assertThat(page.select("#about-rules-in-full li").eachText()).containsExactlyElementsOf(Sdc1.RULES);
    }

    @Test
    void linksToTheOpenDataNotTheExact() throws Exception {
        publishHounslow();

        final List<String> links =
                page("/places/E09000018", 200).select("a[href]").eachAttr("href");

        assertThat(links)
                .contains(
                        "/open/v1/places/E09000018",
                        "/open/downloads/places/E09000018.csv",
                        "/open/v1/places/E09000018/weekly",
                        "/open/downloads/places/E09000018/weekly.csv",
                        "/open/v1/regions/TLI",
                        "/open/v1/uk",
                        "/open/downloads/uk.csv",
                        "/open/v1/releases/2026-12-03-1");
        assertThat(links)
                .filteredOn(link -> link.startsWith("/v1/") || link.startsWith("/downloads/"))
                .as("only the dictionary is not open data")
                .allMatch(link -> link.contains("dictionary"));
        assertThat(links).noneMatch(link -> link.contains("/provenance") || link.endsWith("/index"));
    }

    @Test
    void setsOnlyPublishedFiguresAgainstTheBaseline() throws Exception {
        publishHounslow();
        releases.figures()
                .againstBaseline(
                        "E09000018",
                        new BaselineIndex(
                                "BRES",
                                "EMPLOYEES",
                                "2019",
                                30000L,
                                1.0,
                                List.of("BRES 2019"),
                                null,
                                1.0,
                                null,
                                null,
                                null));

        final Document page = page("/places/E09000018", 200);

        assertThat(page.selectFirst("#index-table tr[data-measure=jobsAtRiskPct] td[data-area=place]")
                        .text())
                .isEqualTo("1.0%");
        assertThat(page.selectFirst("#index-table tr[data-measure=jobsLostPerThousand] td[data-area=place]")
                        .text())
                .isEqualTo("–");
    }

    @Test
    void offersNoProvenanceOfOpenFigures() throws Exception {
        publishHounslow();

        final Document page = page("/places/E09000018/sectors/H/provenance", 404);

        assertThat(page.select("#app-notice").text())
                .contains("Where a figure comes from is shown to partners")
                .contains("/v1/places/E09000018/sectors/H/provenance");
        assertThat(views.asked()).noneMatch(asked -> asked.startsWith("provenance"));
    }

    @Test
    void swapsInTheSameReleasedFiguresLive() throws Exception {
        publishHounslow();

        final Document fragment = page(DashboardPages.LIVE_PLACE + "E09000018", 200);

        assertThat(cell(fragment, ".app-figure__value[data-area=place]", "jobsLost")
                        .text())
                .isEqualTo("Confidential [c]");
        assertThat(fragment.selectFirst("#app-last-checked").attr("data-release"))
                .isEqualTo("2026-12-03-1");
    }

    @Test
    void asksToTryAgainWhileTheReleasesCantBeRead() throws Exception {
        releases.unavailable();

        final MvcResult result = mvc.perform(get("/places/E09000018")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("1,200");
    }

    private void publishHounslow() {
        releases.publish(RELEASE)
                .figures()
                .place(
                        new AreaFigures(
                                "E09000018",
                                "Hounslow",
                                HOUNSLOW_OPEN,
                                List.of(new AreaFigures.Sector("H", "Transportation and storage", TRANSPORT_OPEN))),
                        List.of(new Week(LocalDate.parse("2020-04-13"), WEEK_OPEN, false)))
                .region(new AreaFigures("TLI", "London", LONDON_OPEN, List.of()), List.of())
                .uk(new AreaFigures(AreaFigures.UK_CODE, AreaFigures.UK_NAME, LONDON_OPEN, List.of()), List.of());
    }

    /** Values in the contract's order of measures (the Views API's): null where not published. */
    private static Map<String, Long> values(Long... inApiOrder) {
        final Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < inApiOrder.length; i++) {
            values.put(Measure.API_ORDER.get(i).key(), inApiOrder[i]);
        }
        return values;
    }

    private Document page(String url, int status) throws Exception {
        final MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static Element cell(Document page, String selector, String measure) {
        return page.selectFirst(selector + "[data-measure=" + measure + "]");
    }
}
