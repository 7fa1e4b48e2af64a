package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.SampleViews;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A public area partners defined, on a page of its own and listed on the overview: its figures,
 * its districts and when each belongs to it, set against the baseline beside the UK; private and
 * unknown areas are not found, as in the downloads.
 */
class AreaPageTest extends HounslowLive {

    @BeforeEach
    void theHeathrowZone() {
        views.publicArea(SampleViews.HEATHROW_ZONE, SampleViews.HOUNSLOW_WEEKS)
                .definedArea(SampleViews.HEATHROW_ZONE_DEFINITION);
    }

    @Test
    void showsAnAreasFiguresAndItsDistricts() throws Exception {
        final Document page = page("/areas/heathrow-zone", 200);

        assertThat(page.select("h1").text()).isEqualTo("Heathrow zone");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("An area defined by hounslow-council");
        assertThat(page.selectFirst(".app-figure__value[data-area=area][data-measure=jobsCreated]")
                        .text())
                .isEqualTo("52");
        assertThat(page.select("#members-table tbody tr").eachAttr("data-place"))
                .containsExactly("E09000018", "E09000017");
        assertThat(page.select("#members-table tr[data-place=E09000017] > *").eachText())
                .containsExactly("Hillingdon", "E09000017", "1 April 2020", "31 December 2021");
        assertThat(page.select("#members-table tr[data-place=E09000018] > *").eachText())
                .containsExactly("Hounslow", "E09000018", "Always", "Still a member");
        assertThat(page.select("[data-sectors-of=area] tr").eachAttr("data-sector"))
                .containsExactly("H", "F", "I");
        assertThat(page.select("[data-sectors-of=area] a"))
                .as("no provenance of an area's sector")
                .isEmpty();
        assertThat(page.select("[data-weeks-of=area] tr")).hasSize(2);
        assertThat(page.select("#comparison-table")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href"))
                .contains(
                        "/places/E09000017",
                        "/v1/areas/heathrow-zone",
                        "/downloads/areas/heathrow-zone.csv",
                        "/v1/areas/heathrow-zone/weekly",
                        "/downloads/areas/heathrow-zone/weekly.csv",
                        "/v1/areas/heathrow-zone/index");
        assertThat(page.selectFirst("main").attr("data-live-src"))
                .isEqualTo("/dashboard/fragments/areas/heathrow-zone");
    }

    @Test
    void setsTheAreaAgainstItsBaselineBesideTheUk() throws Exception {
        views.againstBaseline("heathrow-zone", SampleViews.HOUNSLOW_AGAINST_BASELINE);

        final Document page = page("/areas/heathrow-zone", 200);

        assertThat(page.select("#index-table thead th").eachText())
                .containsExactly("Measure", "Heathrow zone", "United Kingdom");
        assertThat(page.select("#index-table td[data-area=area][data-measure=jobsLostPerThousand]")
                        .text())
                .isEqualTo("40.0");
    }

    @Test
    void rendersTheAreasLiveBlocksAsThePageDoes() throws Exception {
        final Document page = page("/areas/heathrow-zone", 200);
        final Document live = page("/dashboard/fragments/areas/heathrow-zone", 200);

        final List<String> blocks = List.of(
                "app-last-checked", "headline-figures", "index-table", "index-notes", "sectors-table", "weekly-table");
        assertThat(live.select("[data-live]").eachAttr("id")).containsExactlyElementsOf(blocks);
        assertThat(page.select("[data-live]").eachAttr("id")).containsExactlyElementsOf(blocks);
        for (String block : blocks.subList(1, blocks.size())) {
            assertThat(live.getElementById(block).outerHtml())
                    .as(block)
                    .isEqualTo(page.getElementById(block).outerHtml());
        }
    }

    @Test
    void anUnknownPrivateOrMalformedAreaIsNotFound() throws Exception {
        assertThat(page("/areas/private-zone", 404).select("h1").text()).isEqualTo("Page not found");
        assertThat(page("/dashboard/fragments/areas/private-zone", 404).select("[data-live]"))
                .isEmpty();
        views.reset();
        assertThat(page("/areas/not%20an%20id", 404).select("h1").text()).isEqualTo("Page not found");
        assertThat(views.asked()).as("a malformed id asks nothing of the views").isEmpty();
    }

    @Test
    void saysKindlyThatAnAreaHasNoFiguresYet() throws Exception {
        views.definedArea(new PublicArea("bradford-district", "Bradford district", "bradford-council", List.of()));

        final Document page = page("/areas/bradford-district", 404);

        assertThat(page.select(".govuk-notification-banner__heading").text())
                .isEqualTo("There are no figures for Bradford district yet");
        assertThat(page.select("h1").text()).isEqualTo("Bradford district");
    }

    @Test
    void asksToTryAgainWhileTheViewsMove() throws Exception {
        views.unavailable("publicArea heathrow-zone");

        final MvcResult result = mvc.perform(get("/areas/heathrow-zone")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("2");
    }

    @Test
    void theOverviewListsThePublicAreasWithTheirDistricts() throws Exception {
        final Document page = page("/", 200);

        assertThat(page.select("#areas-table tbody tr").eachAttr("data-area-id"))
                .containsExactly("heathrow-zone");
        assertThat(page.select("#areas-table tr[data-area-id=heathrow-zone] > *")
                        .eachText())
                .containsExactly("Heathrow zone", "Hounslow, Hillingdon", "hounslow-council");
        assertThat(page.select("#areas-table a").attr("href")).isEqualTo("/areas/heathrow-zone");

        views.reset();
        views.uk(SampleViews.UK, List.of());
        assertThat(page("/", 200).select("#areas-title"))
                .as("no areas, no section")
                .isEmpty();
        views.unavailable("publicAreas");
        assertThat(page("/", 200).select("#areas-title ~ p").text()).contains("can't be shown just now");
    }

    @Test
    void aPlacesPageLinksTheAreasItIsIn() throws Exception {
        final Document hounslow = page("/places/E09000018", 200);
        final Document bradford = page("/places/E08000032", 200);

        assertThat(hounslow.select("#member-of a").eachAttr("href")).containsExactly("/areas/heathrow-zone");
        assertThat(hounslow.select("#member-of").text()).isEqualTo("In areas partners defined: Heathrow zone.");
        assertThat(hounslow.select("#areas-table"))
                .as("the overview's list is the overview's")
                .isEmpty();
        assertThat(bradford.select("#member-of")).isEmpty();
    }

    private Document page(String url, int status) throws Exception {
        final MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
