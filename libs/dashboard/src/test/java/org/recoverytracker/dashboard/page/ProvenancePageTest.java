package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.SampleViews;
import org.springframework.test.web.servlet.MvcResult;

/**
 * From a figure to where it comes from: the provenance page of a place × sector (and of one week
 * of it), as the server renders it, and the place page's way to it.
 */
class ProvenancePageTest extends HounslowLive {

    private static final String TRANSPORT = "/places/E09000018/sectors/H/provenance";

    @Test
    void showsWhereAFigureComesFrom() throws Exception {
        final Document page = page(TRANSPORT, 200);

        assertThat(page.select("h1").text()).isEqualTo("Transportation and storage in Hounslow");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Where the figure comes from");
        assertThat(page.title())
                .isEqualTo("Where the figure for Transportation and storage in Hounslow comes from – Recovery Tracker");
        assertThat(figure(page, "jobsLost")).isEqualTo("1,200");
        assertThat(figure(page, "jobsAtRisk")).isEqualTo("300");
        assertThat(figure(page, "netJobChange")).isEqualTo("-1,200");
        assertThat(figure(page, "events")).isEqualTo("2");

        assertThat(page.selectFirst("#provenance-events").text()).startsWith("2 live reports are behind this figure");
        assertThat(page.select("#provenance-partners tbody tr").eachAttr("data-partner"))
                .containsExactly("hounslow-council", "uk-recovery-observatory");
        final Element council = page.selectFirst("#provenance-partners tr[data-partner=hounslow-council]");
        assertThat(council.attr("data-kind")).isEqualTo("job-loss");
        assertThat(council.select("th, td").eachText()).containsExactly("hounslow-council", "Job losses", "1");
        assertThat(page.select("#provenance-schemas li").eachText())
                .containsExactly(
                        "org.recoverytracker.events.JobLossEvent, version 1",
                        "org.recoverytracker.events.JobLossEvent, version 2");
        // UK time: GMT before the clocks went forward on 29 March 2020, BST after.
        assertThat(page.selectFirst("#provenance-first").text()).isEqualTo("27 March 2020 at 09:15:02");
        assertThat(page.selectFirst("#provenance-last").text()).isEqualTo("15 April 2020 at 17:05:30");
        assertThat(page.select("#provenance-undescribed")).isEmpty();

        final Element digest = page.selectFirst("code#provenance-digest");
        assertThat(digest.text()).isEqualTo(SampleViews.HOUNSLOW_TRANSPORT_PROVENANCE.digest());
        assertThat(digest.hasClass("app-digest")).isTrue();
        assertThat(page.selectFirst("#provenance-digest-meaning").text())
                .contains("Quote the digest with the figure")
                .contains("stays the same when a partner sends a report again unchanged or when the service rebuilds")
                .contains("changes as soon as any of those reports is corrected or withdrawn");

        assertThat(page.selectFirst("a#provenance-json").attr("href"))
                .isEqualTo("/v1/places/E09000018/sectors/H/provenance");
        assertThat(page.selectFirst("#provenance-events-api").text())
                .contains("API key")
                .contains("/v1/places/E09000018/sectors/H/events");
        assertThat(page.selectFirst(".govuk-back-link").attr("href")).isEqualTo("/places/E09000018");
        assertThat(views.asked()).containsExactly("provenance E09000018 H");
    }

    @Test
    void neverLinksOrCallsTheEventsThatNeedAPartnersKey() throws Exception {
        final Document page = page(TRANSPORT + "?week=2020-04-13", 200);

        assertThat(page.select("a[href], link[href]").eachAttr("href")).noneMatch(url -> url.contains("/events"));
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/dashboard/govuk-init.js");
        assertThat(page.select("[data-live-src]")).isEmpty();
    }

    @Test
    void showsWhereOneWeekOfAFigureComesFrom() throws Exception {
        final Document page = page(TRANSPORT + "?week=2020-04-13", 200);

        assertThat(page.select(".govuk-caption-l").text())
                .isEqualTo("Where the figure comes from, week beginning 13 April 2020");
        assertThat(page.selectFirst("main").attr("data-week")).isEqualTo("2020-04-13");
        assertThat(page.selectFirst("a#provenance-json").attr("href"))
                .isEqualTo("/v1/places/E09000018/sectors/H/provenance?week=2020-04-13");
        assertThat(page.selectFirst("#provenance-events-api").text())
                .contains("/v1/places/E09000018/sectors/H/events?week=2020-04-13");
        assertThat(page.selectFirst("a#provenance-whole").attr("href")).isEqualTo(TRANSPORT);
        assertThat(views.asked()).containsExactly("provenance E09000018 H 2020-04-13");
    }

    @Test
    void saysWhenSomeOfTheFiguresReportsAreNotDescribedYet() throws Exception {
        final FigureProvenance sample = SampleViews.HOUNSLOW_TRANSPORT_PROVENANCE;
        views.provenance(
                "E09000018",
                "H",
                null,
                new FigureProvenance(
                        new Figures(300, 1450, 0, 0, 0, 0, 0, -1450, 3),
                        sample.events(),
                        sample.partners(),
                        sample.schemaVersions(),
                        sample.firstReceivedAt(),
                        sample.lastReceivedAt(),
                        sample.digest()));

        final Document page = page(TRANSPORT, 200);

        assertThat(page.selectFirst("#provenance-undescribed").text())
                .startsWith(
                        "The figure counts 3 reports. 1 of them arrived before this service kept where reports come from");
        assertThat(page.selectFirst("#provenance-events").text()).startsWith("2 live reports are behind this figure");
    }

    @Test
    void saysKindlyWith404ThatAFigureHasNoLiveEvents() throws Exception {
        final Document construction = page("/places/E09000018/sectors/F/provenance", 404);

        assertThat(construction.select("h1").text()).isEqualTo("Construction in Hounslow");
        assertThat(construction.select(".govuk-notification-banner__heading").text())
                .isEqualTo("There are no figures for Construction in Hounslow yet");
        assertThat(construction.select("table, #provenance-digest")).isEmpty();

        assertThat(page(TRANSPORT + "?week=2020-04-20", 404)
                        .select(".govuk-notification-banner__heading")
                        .text())
                .isEqualTo("There are no figures for Transportation and storage in Hounslow in the week beginning "
                        + "20 April 2020 yet");
    }

    @Test
    void doesNotFindCodesThatNameNoPlaceOrSector() throws Exception {
        for (String url : List.of(
                "/places/E09999999/sectors/H/provenance",
                "/places/hounslow/sectors/H/provenance",
                "/places/E09000018/sectors/Z/provenance",
                "/places/E09000018/sectors/HI/provenance",
                "/places/E09000018/sectors/49/provenance")) {
            assertThat(page(url, 404).select("h1").text()).as(url).isEqualTo("Page not found");
        }
        assertThat(page("/places/E09000018/sectors/Z/provenance", 404)
                        .select(".govuk-notification-banner__content p.govuk-body")
                        .text())
                .startsWith("There is no sector with that code.");
        assertThat(views.asked()).isEmpty();
    }

    @Test
    void refusesWith400AWeekThatIsNoMonday() throws Exception {
        final Document tuesday = page(TRANSPORT + "?week=2020-04-14", 400);
        assertThat(tuesday.select(".govuk-notification-banner__heading").text())
                .isEqualTo("There is no week beginning ‘2020-04-14’");
        assertThat(tuesday.select(".govuk-notification-banner__content p.govuk-body")
                        .text())
                .contains("the date of its Monday");

        assertThat(page(TRANSPORT + "?week=last-week", 400)
                        .select(".govuk-notification-banner__heading")
                        .text())
                .isEqualTo("There is no week beginning ‘last-week’");
        assertThat(page(TRANSPORT + "?week=2020-13-01", 400).select("h1").text())
                .isEqualTo("Transportation and storage in Hounslow");
        assertThat(views.asked()).isEmpty();
    }

    @Test
    void sendsCodesWrittenInLowerCaseToTheirPage() throws Exception {
        final MvcResult result = mvc.perform(get("/places/e09000018/sectors/h/provenance?week=2020-04-13"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(TRANSPORT + "?week=2020-04-13");
    }

    @Test
    void asksToTryAgainWith503AndRetryAfterWhileTheViewsMove() throws Exception {
        views.unavailable("provenance E09000018 H");

        final MvcResult result = mvc.perform(get(TRANSPORT)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("2");
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select(".govuk-notification-banner__content")
                        .text())
                .contains("Status 503");
    }

    @Test
    void linksEachSectorOfAPlaceToWhereItsFigureComesFrom() throws Exception {
        final Document place = page("/places/E09000018", 200);

        assertThat(place.select("[data-sectors-of=place] tr th[scope=row] a").eachAttr("href"))
                .containsExactly("/places/E09000018/sectors/H/provenance", "/places/E09000018/sectors/I/provenance");
        assertThat(place.selectFirst("[data-sectors-of=place] tr[data-sector=H] th[scope=row]")
                        .text())
                .isEqualTo("Transportation and storage");
        assertThat(page("/dashboard/fragments/places/E09000018", 200)
                        .select("[data-sectors-of=place] tr th[scope=row] a")
                        .eachAttr("href"))
                .containsExactly("/places/E09000018/sectors/H/provenance", "/places/E09000018/sectors/I/provenance");
        // The UK's sectors sum every place's, and have no provenance page of their own.
        assertThat(page("/", 200).select("[data-sectors-of=uk] tr th a")).isEmpty();
    }

    private Document page(String url, int status) throws Exception {
        final MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static String figure(Document page, String measure) {
        return page.selectFirst("#provenance-figures dd[data-measure=" + measure + "]")
                .text();
    }
}
