package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.SampleViews;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard as the server renders it, which is also what a browser without JavaScript shows:
 * the views' figures written for people, a kind word instead of an error page when there is
 * nothing to show or the views are moving, and the chooser working as a plain form.
 */
class DashboardPageTest extends HounslowLive {

    @Test
    void showsAPlaceWithTheFiguresOfTheViewsApiWrittenForPeople() throws Exception {
        final Document page = page("/places/E09000018", 200);

        assertThat(page.select("h1").text()).isEqualTo("Hounslow");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("London, England");
        assertThat(figure(page, ".app-figure__value[data-area=place]", "jobsLost"))
                .isEqualTo("1,200");
        assertThat(figure(page, ".app-figure__value[data-area=place]", "jobsAtRisk"))
                .isEqualTo("300");
        assertThat(figure(page, ".app-figure__value[data-area=place]", "netJobChange"))
                .isEqualTo("-1,188");
        assertThat(figure(page, ".app-figure__value[data-area=place]", "supportAwardedPence"))
                .isEqualTo("£25,000.50");
        assertThat(figure(page, ".app-figure__value[data-area=place]", "greenInvestmentPence"))
                .isEqualTo("£0");
        assertThat(page.select(".app-figure__label").eachText())
                .startsWith("Jobs lost", "Jobs at risk", "Jobs safeguarded");

        final Element transport = page.selectFirst("[data-sectors-of=place] tr[data-sector=H]");
        assertThat(transport.selectFirst("th[scope=row]").text()).isEqualTo("Transportation and storage");
        assertThat(transport.selectFirst("td[data-measure=jobsLost]").text()).isEqualTo("1,200");
        assertThat(page.select("[data-sectors-of=place] tr").eachAttr("data-sector"))
                .containsExactly("H", "I");

        final Element week = page.selectFirst("[data-weeks-of=place] tr[data-week=2020-09-07]");
        assertThat(week.selectFirst("th .app-week__start").text()).isEqualTo("7 September 2020");
        assertThat(week.selectFirst("td[data-measure=netJobChange]").text()).isEqualTo("+12");
    }

    @Test
    void marksTheWeeksTheViewsCallProvisionalAndNoOthers() throws Exception {
        final Document page = page("/places/E09000018", 200);

        final Element provisional = page.selectFirst("[data-weeks-of=place] tr[data-week=2020-09-07]");
        assertThat(provisional.attr("data-provisional")).isEqualTo("true");
        assertThat(provisional.select("th .govuk-tag").eachText()).containsExactly("Provisional");
        final Element fixed = page.selectFirst("[data-weeks-of=place] tr[data-week=2020-04-13]");
        assertThat(fixed.attr("data-provisional")).isEqualTo("false");
        assertThat(fixed.select(".govuk-tag")).isEmpty();
        assertThat(fixed.selectFirst("th").text()).isEqualTo("13 April 2020");
        assertThat(page.select("#weekly-table .govuk-tag")).hasSize(1);
    }

    @Test
    void explainsProvisionalWeeksWithTheViewsOwnNumberOfDays() throws Exception {
        assertThat(page("/places/E09000018", 200).select("#provisional-note").text())
                .startsWith("Figures for a week are provisional until 3 weeks after the week ends: "
                        + "partners may still add or correct events.");

        views.provisionalDays(10);
        assertThat(page("/", 200).select("#provisional-note").text())
                .startsWith("Figures for a week are provisional until 10 days after the week ends:");
    }

    @Test
    void comparesThePlaceWithItsRegionAndTheUk() throws Exception {
        final Document page = page("/places/E09000018", 200);

        final Element lost = page.selectFirst("#comparison-title ~ .app-table-scroll tr[data-measure=jobsLost]");
        assertThat(lost.select("td").eachText()).containsExactly("1,200", "4,800", "4,800", "25%", "25%");
        final Element net = page.selectFirst("#comparison-title ~ .app-table-scroll tr[data-measure=netJobChange]");
        assertThat(net.select("td").eachText()).containsExactly("-1,188", "-4,788", "-4,746", "–", "–");
        assertThat(page.select("table caption").eachText())
                .contains("Hounslow compared with London and the United Kingdom");
    }

    @Test
    void setsThePlaceAgainstItsBaselineBesideItsRegionAndTheUk() throws Exception {
        views.againstBaseline("E09000018", SampleViews.HOUNSLOW_AGAINST_BASELINE)
                .againstBaseline("TLI", SampleViews.LONDON_AGAINST_BASELINE);

        final Document page = page("/places/E09000018", 200);

        assertThat(page.select("#index-table thead th").eachText())
                .containsExactly("Measure", "Hounslow", "London", "United Kingdom");
        assertThat(indexRow(page, "baseline"))
                .containsExactly("Employees in 2019 (BRES)", "30,000", "30,000", "No baseline");
        assertThat(indexRow(page, "coverage")).containsExactly("Districts with a baseline", "100%", "3%", "0%");
        assertThat(indexRow(page, "jobsLostPerThousand"))
                .containsExactly("Jobs lost per 1,000 employees", "40.0", "160.0", "No baseline");
        assertThat(indexRow(page, "jobsAtRiskPct"))
                .containsExactly("Jobs at risk, as a share of employees", "1.0%", "1.0%", "No baseline");
        assertThat(indexRow(page, "netJobChangePct"))
                .containsExactly("Net job change, as a share of employees", "-4.0%", "-16.0%", "No baseline");
        assertThat(indexRow(page, "eventImpliedIndex"))
                .containsExactly("Index of reported change (2019 = 100)", "96.0", "84.0", "No baseline");
        assertThat(page.select("#index-notes").text()).isEqualTo("Baseline source: " + SampleViews.ILLUSTRATIVE + ".");
        assertThat(page.select("a[href]").eachAttr("href")).contains("/v1/places/E09000018/index");
    }

    @Test
    void saysWhenAPlaceHasNoBaselineOrOneTooSmallForRates() throws Exception {
        final Document none = page("/places/E09000018", 200);

        assertThat(indexRow(none, "jobsLostPerThousand"))
                .containsExactly("Jobs lost per 1,000 employees", "No baseline", "No baseline", "No baseline");
        assertThat(none.select("#index-notes").text()).startsWith("There is no baseline for Hounslow yet");

        views.againstBaseline(
                "E09000018",
                new BaselineIndex(
                        "BRES",
                        "EMPLOYMENT",
                        "2021",
                        49L,
                        1.0,
                        List.of("BRES 2021"),
                        null,
                        null,
                        null,
                        null,
                        BaselineIndex.BASELINE_TOO_SMALL));
        final Document tiny = page("/places/E09000018", 200);

        assertThat(indexRow(tiny, "baseline")).startsWith("People in employment in 2021 (BRES)", "49");
        assertThat(indexRow(tiny, "eventImpliedIndex"))
                .startsWith("Index of reported change (2021 = 100)", "Baseline too small");
        assertThat(tiny.select("#index-notes").text()).isEqualTo("Baseline source: BRES 2021.");
    }

    @Test
    void setsTheUkAgainstItsBaselineOnTheOverview() throws Exception {
        views.againstBaseline(AreaFigures.UK_CODE, SampleViews.LONDON_AGAINST_BASELINE);

        final Document page = page("/", 200);

        assertThat(page.select("#index-table thead th").eachText()).containsExactly("Measure", "United Kingdom");
        assertThat(indexRow(page, "jobsLostPerThousand")).containsExactly("Jobs lost per 1,000 employees", "160.0");
        assertThat(views.asked()).contains("againstBaseline " + AreaFigures.UK_CODE);
    }

    @Test
    void leavesOutTheIndexOfAnAreaThatCantBeReadAndKeepsTheRest() throws Exception {
        views.againstBaseline("E09000018", SampleViews.HOUNSLOW_AGAINST_BASELINE)
                .unavailable("againstBaseline TLI");

        final Document page = page("/places/E09000018", 200);

        assertThat(indexRow(page, "jobsLostPerThousand"))
                .containsExactly("Jobs lost per 1,000 employees", "40.0", "Not available", "No baseline");
    }

    @Test
    void describesItsFiguresAsASchemaOrgDatasetWithTheirLicenceAndDownloads() throws Exception {
        final Document page = page("/places/E09000018", 200);

        final List<Element> blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        final JsonNode dataset =
                JsonMapper.builder().build().readTree(blocks.get(0).data());
        assertThat(dataset.path("@type").asString()).isEqualTo("Dataset");
        assertThat(dataset.path("name").asString()).isEqualTo("Economic recovery in Hounslow");
        assertThat(dataset.path("license").asString())
                .isEqualTo("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(dataset.path("distribution")
                        .valueStream()
                        .map(download -> download.path("contentUrl").asString()))
                .contains(
                        "http://localhost/downloads/places/E09000018.csv",
                        "http://localhost/v1/places/E09000018/weekly");
    }

    @Test
    void linksEveryTableToTheJsonAndCsvBehindIt() throws Exception {
        final Document page = page("/places/E09000018", 200);

        assertThat(page.select("a[href]").eachAttr("href"))
                .contains(
                        "/v1/places/E09000018",
                        "/downloads/places/E09000018.csv",
                        "/v1/places/E09000018/weekly",
                        "/downloads/places/E09000018/weekly.csv",
                        "/v1/regions/TLI",
                        "/downloads/regions/TLI.csv",
                        "/v1/uk",
                        "/downloads/uk.csv",
                        "/swagger-ui.html",
                        "/v3/api-docs");
        assertThat(page.selectFirst("main").attr("data-live-src")).isEqualTo("/dashboard/fragments/places/E09000018");
    }

    @Test
    void opensOnTheUkWithEveryPlaceThatHasFigures() throws Exception {
        final Document page = page("/", 200);

        assertThat(page.select("h1").text()).isEqualTo("Economic recovery across the UK");
        assertThat(figure(page, ".app-figure__value[data-area=uk]", "greenJobsCreated"))
                .isEqualTo("40");
        assertThat(figure(page, ".app-figure__value[data-area=uk]", "greenInvestmentPence"))
                .isEqualTo("£1,200,000");
        assertThat(page.select("[data-places] tr").eachAttr("data-place")).containsExactly("E08000032", "E09000018");
        assertThat(page.selectFirst("[data-places] tr[data-place=E08000032] td").text())
                .isEqualTo("Yorkshire and The Humber");
        assertThat(page.select("#place option[selected]").text()).isEqualTo("United Kingdom (every place)");
        assertThat(page.select("#place option")).hasSize(1 + 361);
    }

    @Test
    void sendsAPlaceChosenByNameOrCodeToItsPage() throws Exception {
        assertThat(redirect("/?place=hounslow")).isEqualTo("/places/E09000018");
        assertThat(redirect("/?place= e09000018 ")).isEqualTo("/places/E09000018");
        assertThat(redirect("/places/e09000018")).isEqualTo("/places/E09000018");
        assertThat(page("/?place=United Kingdom", 200).select("h1").text())
                .isEqualTo("Economic recovery across the UK");
    }

    @Test
    void explainsAPlaceItCannotFindNextToTheChooser() throws Exception {
        final Document page = page("/?place=Atlantis", 400);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#place]").text()).contains("‘Atlantis’");
        assertThat(page.select("#place-error").text()).contains("‘Atlantis’");
        assertThat(page.selectFirst("select#place").attr("aria-describedby")).isEqualTo("place-hint place-error");
        assertThat(page.selectFirst("select#place").attr("data-typed")).isEqualTo("Atlantis");
    }

    @Test
    void saysKindlyWith404ThatAPlaceHasNoFiguresYet() throws Exception {
        final Document page = page("/places/N09000003", 404);

        assertThat(page.select(".govuk-notification-banner__heading").text())
                .isEqualTo("There are no figures for Belfast yet");
        assertThat(page.select("table")).isEmpty();
        assertThat(page.selectFirst("main").attr("data-waiting")).isEqualTo("true");
    }

    @Test
    void asksToTryAgainWith503AndRetryAfterWhileTheViewsMove() throws Exception {
        views.unavailable("place E09000018");

        final MvcResult result = mvc.perform(get("/places/E09000018")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("2");
        final Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-notification-banner__heading").text()).contains("try again in a moment");
        assertThat(page.select(".govuk-notification-banner__content").text()).contains("Status 503");
    }

    @Test
    void stillShowsThePlaceWhenOnlyItsRegionIsUnavailable() throws Exception {
        views.unavailable("region TLI");

        final Document page = page("/places/E09000018", 200);

        final Element lost = page.selectFirst("#comparison-title ~ .app-table-scroll tr[data-measure=jobsLost]");
        assertThat(lost.select("td").eachText()).containsExactly("1,200", "Not available", "4,800", "–", "25%");
    }

    @Test
    void doesNotFindAPlaceCodeThatDoesNotExist() throws Exception {
        assertThat(page("/places/E09999999", 404).select("h1").text()).isEqualTo("Page not found");
        assertThat(page("/places/hounslow", 404).select("h1").text()).isEqualTo("Page not found");
        assertThat(views.asked()).isEmpty();
    }

    @Test
    void loadsEveryStyleScriptAndFontFromThisServiceOnly() throws Exception {
        final Document page = page("/places/E09000018", 200);

        final List<String> loaded = new ArrayList<>(page.select("link[href]").eachAttr("href"));
        loaded.addAll(page.select("script[src], img[src]").eachAttr("src"));
        assertThat(loaded).hasSizeGreaterThan(4).allMatch(url -> url.startsWith("/") && !url.startsWith("//"));
        for (String asset : List.of(
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/webjars/echarts/dist/echarts.common.min.js",
                "/assets/fonts/light-94a07e06a1-v2.woff2",
                "/assets/fonts/bold-b542beb274-v2.woff2",
                "/dashboard/dashboard.js",
                "/dashboard/govuk-init.js",
                "/dashboard/dashboard.css",
                "/dashboard/favicon.svg")) {
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus())
                    .as(asset)
                    .isEqualTo(200);
        }
    }

    private Document page(String url, int status) throws Exception {
        final MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String redirect(String url) throws Exception {
        final MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    /** A row of the table against the baseline: its label, then a cell per area. */
    private static List<String> indexRow(Document page, String key) {
        return page.select("#index-table tr[data-measure=" + key + "] > *").eachText();
    }

    private static String figure(Document page, String selector, String measure) {
        return page.selectFirst(selector + "[data-measure=" + measure + "]").text();
    }
}
