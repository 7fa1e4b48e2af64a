package org.recoverytracker.dashboard.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.Week;
import org.recoverytracker.dashboard.views.WeekRange;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The CSV behind the dashboard's tables: the views' figures unchanged, under the Views API's names
 * (pence as pence), so a number in a spreadsheet can be traced to the API call that answers the
 * same; and no live events or views on the move said as 404 and 503 rather than an empty or
 * broken file.
 */
class DownloadsTest extends HounslowLive {

    private static final String MEASURES = "jobsAtRisk,jobsLost,jobsSafeguarded,jobsCreated,greenJobsCreated,"
            + "supportAwardedPence,greenInvestmentPence,netJobChange,events";

    @Test
    void writesAPlaceWithItsTotalsFirstThenEachSector() throws Exception {
        final MvcResult result =
                mvc.perform(get("/downloads/places/E09000018.csv")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"E09000018.csv\"");
        final List<CSVRecord> rows = csv(result);
        assertThat(String.join(",", rows.get(0).values())).isEqualTo("area,areaName,sector,sectorName," + MEASURES);
        assertThat(rows.get(1).values())
                .containsExactly(
                        "E09000018",
                        "Hounslow",
                        "",
                        "All sectors",
                        "300",
                        "1200",
                        "25",
                        "12",
                        "0",
                        "2500050",
                        "0",
                        "-1188",
                        "3");
        assertThat(rows.get(2).values())
                .containsExactly(
                        "E09000018",
                        "Hounslow",
                        "H",
                        "Transportation and storage",
                        "300",
                        "1200",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "-1200",
                        "2");
        assertThat(rows.get(3).get(3)).isEqualTo("Accommodation and food service activities");
        assertThat(rows).hasSize(4);
    }

    @Test
    void writesWeeksForTheWeeksAskedFor() throws Exception {
        final List<CSVRecord> all =
                csv(mvc.perform(get("/downloads/places/E09000018/weekly.csv")).andReturn());
        final List<CSVRecord> later = csv(mvc.perform(get("/downloads/places/E09000018/weekly.csv?from=2020-06-01"))
                .andReturn());

        assertThat(String.join(",", all.get(0).values())).isEqualTo("area,areaName,weekStart,provisional," + MEASURES);
        assertThat(all.get(1).values())
                .containsExactly(
                        "E09000018",
                        "Hounslow",
                        "2020-04-13",
                        "false",
                        "300",
                        "1200",
                        "0",
                        "0",
                        "0",
                        "0",
                        "0",
                        "-1200",
                        "2");
        assertThat(all.get(2).values()).startsWith("E09000018", "Hounslow", "2020-09-07", "true");
        assertThat(all).hasSize(3);
        assertThat(later).hasSize(2);
        assertThat(later.get(1).values())
                .startsWith("E09000018", "Hounslow", "2020-09-07", "true", "0", "0", "25", "12");
    }

    @Test
    void writesEveryPlaceWithItsRegion() throws Exception {
        final List<CSVRecord> rows =
                csv(mvc.perform(get("/downloads/places.csv")).andReturn());

        assertThat(String.join(",", rows.get(0).values())).isEqualTo("place,name,region,regionName," + MEASURES);
        assertThat(rows.get(1).values())
                .containsExactly(
                        "E08000032",
                        "Bradford",
                        "TLE",
                        "Yorkshire and The Humber",
                        "0",
                        "0",
                        "0",
                        "40",
                        "40",
                        "0",
                        "120000000",
                        "40",
                        "1");
        assertThat(rows.get(2).values()).startsWith("E09000018", "Hounslow", "TLI", "London", "300", "1200");
        assertThat(rows).hasSize(3);
    }

    @Test
    void passesOnNoLiveEventsAndMovingViewsInsteadOfABrokenFile() throws Exception {
        views.unavailable("region TLI");

        final MvcResult none =
                mvc.perform(get("/downloads/places/N09000003.csv")).andReturn();
        assertThat(none.getResponse().getStatus()).isEqualTo(404);
        assertThat(none.getResponse().getContentAsString()).contains("no live events");

        final MvcResult moving = mvc.perform(get("/downloads/regions/TLI.csv")).andReturn();
        assertThat(moving.getResponse().getStatus()).isEqualTo(503);
        assertThat(moving.getResponse().getHeader("Retry-After")).isEqualTo("2");
    }

    @Test
    void writesAPublicAreaAndItsWeeksUnderItsId() throws Exception {
        final AreaFigures hounslow = views.place("E09000018").orElseThrow();
        final List<Week> weeks =
                views.placeWeeks("E09000018", new WeekRange(null, null)).orElseThrow();
        views.publicArea(new AreaFigures("west", "West London", hounslow.total(), hounslow.sectors()), weeks);

        final MvcResult area = mvc.perform(get("/downloads/areas/west.csv")).andReturn();
        assertThat(area.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"west.csv\"");
        final List<CSVRecord> rows = csv(area);
        assertThat(String.join(",", rows.get(0).values())).isEqualTo("area,areaName,sector,sectorName," + MEASURES);
        assertThat(rows.get(1).values()).startsWith("west", "West London", "", "All sectors", "300", "1200");
        assertThat(rows).hasSize(4);

        final List<CSVRecord> weekly = csv(mvc.perform(get("/downloads/areas/west/weekly.csv?from=2020-06-01"))
                .andReturn());
        assertThat(weekly).hasSize(2);
        assertThat(weekly.get(1).values()).startsWith("west", "West London", "2020-09-07", "true");

        // Unknown, private (never given to the downloads) or malformed.
        assertThat(mvc.perform(get("/downloads/areas/east.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/downloads/areas/east/weekly.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/downloads/areas/not an id.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void refusesMalformedCodesWithoutAskingTheApi() throws Exception {
        assertThat(mvc.perform(get("/downloads/places/hounslow.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/downloads/regions/XYZ.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(views.asked()).isEmpty();
    }

    private static List<CSVRecord> csv(MvcResult result) throws Exception {
        return CSVFormat.RFC4180
                .parse(new StringReader(result.getResponse().getContentAsString()))
                .getRecords();
    }
}
