package org.recoverytracker.system.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/**
 * The public dashboard in a real headless Chromium against the whole running system, fed real
 * events through the ingest APIs and releases cut as an operator cuts them: a council officer
 * chooses a place with the keyboard and sees exactly the open Views API's figures of the latest
 * release, for the place, its sectors and weeks, its region and the UK; a new release appears
 * without reloading the page; without JavaScript the tables still show the same figures; the page
 * passes a quick keyboard and screen-reader audit; and it asks nothing of any host but the service
 * itself, nor writes any error to the console.
 *
 * <p>Screenshots are left in {@code target/} for people to look at.
 */
class DashboardBrowserIT {

    private static final String HOUNSLOW = "E09000018";
    private static final Duration CONVERGES = Duration.ofSeconds(30);
    private static final List<String> WEEKLY_MEASURES =
            List.of("jobsLost", "jobsAtRisk", "jobsCreated", "jobsSafeguarded", "netJobChange", "events");
    private static final List<String> PLACE_MEASURES =
            List.of("jobsLost", "jobsAtRisk", "jobsSafeguarded", "jobsCreated", "netJobChange", "events");
    private static final Path SCREENSHOTS = Path.of("target");

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    private static RecoveryStack stack;
    private static String views;
    private Chromium browser;

    @BeforeAll
    static void startTheSystemWithEventsFromThreePlaces() {
        stack = SYSTEM.stack();
        views = stack.streams().baseUrl();
        DashboardEvents.postTheFirstReports(stack);
        await().atMost(CONVERGES)
                .untilAsserted(() -> assertThat(
                                Http.get(views + "/v1/uk").json().path("events").asLong())
                        .isEqualTo(DashboardEvents.FIRST_REPORTS));
        cutARelease();
    }

    /** Cuts a release of the open views, as an operator does, and waits until it is the latest. */
    private static String cutARelease() {
        final Http.Response cut =
                Http.post(views + "/open/v1/releases", LocalPartner.NATIONAL.key(), "application/json", "");
        assertThat(cut.status()).as(cut.body()).isEqualTo(201);
        final String release = cut.json().path("id").asString();
        await().atMost(CONVERGES)
                .untilAsserted(() -> assertThat(Http.get(views + "/open/v1/uk").header("X-Release"))
                        .isEqualTo(release));
        return release;
    }

    @BeforeEach
    void openABrowser() {
        browser = Chromium.start(stack.dir().resolve("browsers"));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsTheOpenFiguresOfAPlaceChosenWithTheKeyboard() {
        browser.open(views + "/");
        final DashboardScreen screen = new DashboardScreen(browser);

        assertThat(screen.tabTo("place"))
                .as("the chooser is reached with the Tab key")
                .isTrue();
        assertThat(screen.focusIsVisible()).as("the focus is visible").isTrue();
        final String chosen = screen.chooseFirstSuggestion("Houns");

        assertThat(chosen).isEqualTo("Hounslow (London)");
        browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(views + "/places/" + HOUNSLOW));
        await().atMost(CONVERGES).untilAsserted(() -> assertShowsHounslowAsTheApiDoes(screen));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Hounslow");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-chart=weekly] canvas"))
                        .isDisplayed())
                .isTrue();
        assertThat(screen.accessibilityProblems()).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("dashboard-hounslow.png"));
        assertOnlyThisServiceWasAskedAndNothingFailed();
    }

    @Test
    void showsANewReleaseWithoutReloadingThePage() {
        browser.open(views + "/places/" + HOUNSLOW);
        final DashboardScreen screen = new DashboardScreen(browser);
        await().atMost(CONVERGES).untilAsserted(() -> assertShowsHounslowAsTheApiDoes(screen));
        browser.script("window.__notReloaded = true;");
        final long lostBefore = Http.get(views + "/v1/places/" + HOUNSLOW)
                .json()
                .path("jobsLost")
                .asLong();

        DashboardEvents.reportRetailRedundanciesInHounslow(stack);
        await().atMost(CONVERGES)
                .untilAsserted(() -> assertThat(Http.get(views + "/v1/places/" + HOUNSLOW)
                                .json()
                                .path("jobsLost")
                                .asLong())
                        .isEqualTo(lostBefore + DashboardEvents.RETAIL_JOBS_LOST));
        assertThat(screen.sectors("place"))
                .as("the report is not on the public page before a release has it")
                .doesNotContainKey("G");
        final String release = cutARelease();

        // The live block is replaced in place when it refreshes: an element found just before
        // that is stale, and is looked up again
        await().atMost(CONVERGES)
                .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .untilAsserted(() -> {
                    assertThat(browser.driver()
                                    .findElement(By.id("app-last-checked"))
                                    .getDomAttribute("data-release"))
                            .isEqualTo(release);
                    assertShowsHounslowAsTheApiDoes(screen);
                    assertThat(screen.sectors("place")).containsKey("G");
                    assertThat(screen.weeks()).containsKey(DashboardEvents.RETAIL_WEEK);
                });
        assertThat(browser.script("return window.__notReloaded === true")).isEqualTo(true);
        browser.screenshot(SCREENSHOTS.resolve("dashboard-hounslow-live-update.png"));
        assertOnlyThisServiceWasAskedAndNothingFailed();
    }

    @Test
    void setsAPlaceAgainstItsBaselineAsSoonAsOneIsLoaded() {
        browser.open(views + "/places/" + HOUNSLOW);
        final DashboardScreen screen = new DashboardScreen(browser);
        await().atMost(CONVERGES).untilAsserted(() -> assertShowsHounslowAsTheApiDoes(screen));
        browser.script("window.__notReloaded = true;");
        assertThat(screen.againstBaseline("place").get("eventImpliedIndex")).isEqualTo("No baseline");

        final Http.Response loaded = Http.put(
                stack.reference().baseUrl() + "/v1/baselines/bres-2019-hounslow-h", LocalPartner.NATIONAL.key(), """
                {"dataset": "BRES", "variable": "EMPLOYEES", "period": "2019", "place": "E09000018", "sector": "H",
                 "value": 30000, "status": "FINAL", "source": {"title": "BRES 2019: test figures, not ONS data"}}""");
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(202);

        await().atMost(CONVERGES).untilAsserted(() -> {
            final JsonNode open =
                    Http.get(views + "/open/v1/places/" + HOUNSLOW).json();
            final Map<String, String> shown = screen.againstBaseline("place");
            assertThat(shown.get("baseline")).isEqualTo("30,000");
            assertThat(shown.get("coverage")).isEqualTo("100%");
            // A rate of the published figure, or none when the figure is not published
            final Map<String, String> rateOf = Map.of(
                    "jobsLostPerThousand", "jobsLost",
                    "jobsAtRiskPct", "jobsAtRisk",
                    "eventImpliedIndex", "netJobChange");
            rateOf.forEach((rate, measure) -> {
                if (open.path(measure).isNull()) {
                    assertThat(shown.get(rate)).as(rate).isEqualTo("–");
                } else {
                    assertThat(shown.get(rate)).as(rate).matches("-?[\\d,]+\\.\\d%?");
                }
            });
            assertThat(screen.againstBaseline("region").get("coverage")).isEqualTo("3%"); // 1 of London's 33
        });
        assertThat(browser.script("return window.__notReloaded === true")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("index-notes")).getText())
                .isEqualTo("Baseline source: BRES 2019: test figures, not ONS data.");
        assertThat(screen.accessibilityProblems()).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("dashboard-hounslow-baseline.png"));
        assertOnlyThisServiceWasAskedAndNothingFailed();
    }

    @Test
    void showsAnAreaAPartnerDefinedFromTheOverview() {
        final Http.Response defined =
                Http.put(stack.reference().baseUrl() + "/v1/areas/west-london-test", LocalPartner.HOUNSLOW.key(), """
                {"name": "West London test zone", "members": [{"place": "E09000018"}, {"place": "E09000017"}]}""");
        assertThat(defined.status()).as(defined.body()).isEqualTo(202);
        await().atMost(CONVERGES)
                .untilAsserted(() -> assertThat(
                                Http.get(views + "/v1/areas/west-london-test").status())
                        .isEqualTo(200));
        cutARelease();
        browser.open(views + "/");

        await().atMost(CONVERGES).untilAsserted(() -> {
            browser.driver().navigate().refresh();
            assertThat(browser.driver().findElements(By.cssSelector("#areas-table a[href='/areas/west-london-test']")))
                    .isNotEmpty();
        });
        browser.driver()
                .findElement(By.cssSelector("#areas-table a[href='/areas/west-london-test']"))
                .click();

        browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(views + "/areas/west-london-test"));
        final DashboardScreen screen = new DashboardScreen(browser);
        await().atMost(CONVERGES).untilAsserted(() -> {
            final JsonNode area =
                    Http.get(views + "/open/v1/areas/west-london-test").json();
            assertThat(ShownFigures.parse(screen.headline("area"))).isEqualTo(ShownFigures.of(area));
            assertSectorsShownAsInTheApi(screen.sectors("area"), area);
        });
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("West London test zone");
        assertThat(browser.driver().findElement(By.id("members-table")).getText())
                .contains("Hounslow", "Hillingdon");
        assertThat(screen.accessibilityProblems()).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("dashboard-area.png"));
        assertOnlyThisServiceWasAskedAndNothingFailed();
    }

    @Test
    void opensOnTheUkWithEveryPlaceThatHasFigures() {
        browser.open(views + "/");
        final DashboardScreen screen = new DashboardScreen(browser);

        await().atMost(CONVERGES).untilAsserted(() -> {
            final JsonNode uk = Http.get(views + "/open/v1/uk").json();
            assertThat(ShownFigures.parse(screen.headline("uk"))).isEqualTo(ShownFigures.of(uk));
            assertSectorsShownAsInTheApi(screen.sectors("uk"), uk);
            final JsonNode places = Http.get(views + "/open/v1/places").json();
            final Map<String, Map<String, String>> shown = screen.places();
            assertThat(shown.keySet())
                    .containsExactlyInAnyOrderElementsOf(places.valueStream()
                            .map(place -> place.path("place").asString())
                            .toList());
            places.valueStream()
                    .forEach(place -> assertThat(
                                    measuresOf(shown.get(place.path("place").asString())))
                            .isEqualTo(ShownFigures.of(place, PLACE_MEASURES)));
        });
        assertThat(screen.places().get(HOUNSLOW).get("")).isEqualTo("Hounslow");
        assertThat(screen.accessibilityProblems()).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("dashboard-uk.png"));
        assertOnlyThisServiceWasAskedAndNothingFailed();
    }

    @Test
    void showsTheSameTablesWithoutJavaScript() {
        browser.close();
        browser = Chromium.withoutJavaScript(stack.dir().resolve("browsers"));
        browser.open(views + "/places/" + HOUNSLOW);
        final DashboardScreen screen = new DashboardScreen(browser);

        assertThat(browser.driver().findElements(By.cssSelector("select#place")))
                .hasSize(1);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-chart=weekly]"))
                        .isDisplayed())
                .isFalse();
        assertShowsHounslowAsTheApiDoes(screen);
        assertThat(screen.accessibilityProblems()).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("dashboard-hounslow-no-javascript.png"));

        new Select(browser.driver().findElement(By.id("place"))).selectByVisibleText("Belfast");
        browser.driver()
                .findElement(By.cssSelector(".app-chooser button[type=submit]"))
                .click();

        browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(views + "/places/N09000003"));
        final JsonNode belfast = Http.get(views + "/open/v1/places/N09000003").json();
        assertThat(ShownFigures.parse(screen.headline("place"))).isEqualTo(ShownFigures.of(belfast));
        assertSectorsShownAsInTheApi(screen.sectors("place"), belfast);
        assertOnlyThisServiceWasAskedAndNothingFailed();
    }

    @Test
    void offersTheFiguresBehindThePageAsOpenCsv() throws IOException {
        final JsonNode hounslow =
                Http.get(views + "/open/v1/places/" + HOUNSLOW).json();
        final Http.Response download = Http.get(views + "/open/downloads/places/" + HOUNSLOW + ".csv");

        assertThat(download.status()).isEqualTo(200);
        final List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(download.body()))
                .getRecords();
        assertThat(rows.get(0).get("sectorName")).isEqualTo("All sectors");
        assertThat(csvFigures(rows.get(0))).isEqualTo(ShownFigures.of(hounslow));
        final Map<String, Map<String, Long>> bySector = new HashMap<>();
        rows.subList(1, rows.size()).forEach(row -> bySector.put(row.get("sector"), csvFigures(row)));
        final Map<String, Map<String, Long>> expected = new HashMap<>();
        hounslow.path("sectors")
                .valueStream()
                .forEach(sector -> expected.put(sector.path("sector").asString(), ShownFigures.of(sector)));
        assertThat(bySector).isEqualTo(expected);

        browser.open(views + "/places/" + HOUNSLOW);
        assertThat(browser.driver()
                        .findElements(By.cssSelector("a[href='/open/downloads/places/" + HOUNSLOW + ".csv']")))
                .isNotEmpty();
        assertThat(browser.driver()
                        .findElements(By.cssSelector("a[href='/open/downloads/places/" + HOUNSLOW + "/weekly.csv']")))
                .isNotEmpty();
    }

    /** Headline, sectors, weeks, region and UK on Hounslow's page, each equal to its open API call. */
    private static void assertShowsHounslowAsTheApiDoes(DashboardScreen screen) {
        final JsonNode place = Http.get(views + "/open/v1/places/" + HOUNSLOW).json();
        final JsonNode region = Http.get(views + "/open/v1/regions/TLI").json();
        final JsonNode uk = Http.get(views + "/open/v1/uk").json();
        final JsonNode weeks =
                Http.get(views + "/open/v1/places/" + HOUNSLOW + "/weekly").json();

        assertThat(ShownFigures.parse(screen.headline("place"))).as("headline").isEqualTo(ShownFigures.of(place));
        assertThat(screen.headlineFlags("place")).as("headline flags").isEqualTo(ShownFigures.flags(place));
        assertThat(ShownFigures.parse(screen.comparison("place")))
                .as("Hounslow beside London")
                .isEqualTo(ShownFigures.of(place));
        assertThat(ShownFigures.parse(screen.comparison("region"))).as("London").isEqualTo(ShownFigures.of(region));
        assertThat(ShownFigures.parse(screen.comparison("uk"))).as("UK").isEqualTo(ShownFigures.of(uk));
        assertSectorsShownAsInTheApi(screen.sectors("place"), place);
        final Map<String, Map<String, String>> shownWeeks = screen.weeks();
        assertThat(shownWeeks.keySet())
                .as("weeks")
                .containsExactlyInAnyOrderElementsOf(weeks.valueStream()
                        .map(week -> week.path("weekStart").asString())
                        .toList());
        weeks.valueStream()
                .forEach(week -> assertThat(
                                measuresOf(shownWeeks.get(week.path("weekStart").asString())))
                        .as("week of " + week.path("weekStart").asString())
                        .isEqualTo(ShownFigures.of(week, WEEKLY_MEASURES)));
    }

    private static void assertSectorsShownAsInTheApi(Map<String, Map<String, String>> shown, JsonNode area) {
        assertThat(shown.keySet())
                .as("sectors")
                .containsExactlyInAnyOrderElementsOf(area.path("sectors")
                        .valueStream()
                        .map(sector -> sector.path("sector").asString())
                        .toList());
        area.path("sectors").valueStream().forEach(sector -> {
            final Map<String, String> row = shown.get(sector.path("sector").asString());
            assertThat(row.get("")).isEqualTo(sector.path("sectorName").asString());
            assertThat(measuresOf(row))
                    .as("sector " + sector.path("sector").asString())
                    .isEqualTo(ShownFigures.of(sector));
        });
    }

    /** A table row's measure cells as the API's integers, without its row header. */
    private static Map<String, Long> measuresOf(Map<String, String> row) {
        final Map<String, String> measures = new HashMap<>(row);
        measures.remove("");
        return ShownFigures.parse(measures);
    }

    /** An open CSV row's measures: an empty cell is a figure that is not published. */
    private static Map<String, Long> csvFigures(CSVRecord row) {
        final Map<String, Long> figures = new HashMap<>();
        ShownFigures.MEASURES.forEach(
                measure -> figures.put(measure, row.get(measure).isEmpty() ? null : Long.parseLong(row.get(measure))));
        return figures;
    }

    private void assertOnlyThisServiceWasAskedAndNothingFailed() {
        final URI self = URI.create(views);
        final List<URI> requested = browser.requestedUrls();
        assertThat(requested).as("requests").isNotEmpty();
        assertThat(requested).as("hosts asked").allSatisfy(url -> {
            assertThat(url.getHost()).isEqualTo(self.getHost());
            assertThat(url.getPort()).isEqualTo(self.getPort());
        });
        assertThat(Set.copyOf(browser.consoleErrors())).as("console errors").isEmpty();
    }
}
