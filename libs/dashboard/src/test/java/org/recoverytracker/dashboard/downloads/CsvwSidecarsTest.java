package org.recoverytracker.dashboard.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.SampleViews;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every CSV download links to its CSV on the Web description, which lists the file's columns in
 * the file's order, with their datatypes, the row's key, the licence and the attribution.
 */
class CsvwSidecarsTest extends HounslowLive {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void theHeathrowZone() {
        views.publicArea(SampleViews.HEATHROW_ZONE, SampleViews.HOUNSLOW_WEEKS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/downloads/uk.csv",
                "/downloads/uk/weekly.csv",
                "/downloads/places.csv",
                "/downloads/places/E09000018.csv",
                "/downloads/places/E09000018/weekly.csv",
                "/downloads/regions/TLI.csv",
                "/downloads/regions/TLI/weekly.csv",
                "/downloads/areas/heathrow-zone.csv",
                "/downloads/areas/heathrow-zone/weekly.csv"
            })
    void describesEveryDownloadsColumnsInTheFilesOrder(String path) throws Exception {
        final MvcResult csv = mvc.perform(get(path)).andReturn();
        assertThat(csv.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(csv.getResponse().getHeader("Link")).isEqualTo("<" + path + "-metadata.json>; rel=\"describedby\"");
        final List<String> header = CSVFormat.RFC4180
                .parse(new StringReader(csv.getResponse().getContentAsString()))
                .getRecords()
                .get(0)
                .toList();

        final MvcResult sidecar = mvc.perform(get(path + "-metadata.json")).andReturn();

        assertThat(sidecar.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(sidecar.getResponse().getContentType()).startsWith("application/csvm+json");
        final JsonNode metadata = JSON.readTree(sidecar.getResponse().getContentAsString());
        assertThat(metadata.path("@context").asString()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(URI.create(path + "-metadata.json")
                        .resolve(metadata.path("url").asString())
                        .getPath())
                .as("the sidecar's url, resolved against where it is, is the file")
                .isEqualTo(path);
        final List<String> columns = metadata.path("tableSchema")
                .path("columns")
                .valueStream()
                .map(column -> column.path("name").asString())
                .toList();
        assertThat(columns).isEqualTo(header);
        assertThat(metadata.path("tableSchema").path("columns").valueStream()).allSatisfy(column -> {
            assertThat(column.path("titles").asString()).isNotBlank();
            assertThat(column.path("dc:description").asString()).isNotBlank();
            assertThat(column.path("datatype").asString()).isIn("string", "integer", "date", "boolean");
        });
        assertThat(header)
                .containsAll(metadata.path("tableSchema")
                        .path("primaryKey")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());
        assertThat(metadata.path("dc:license").path("@id").asString()).isEqualTo(CsvwMetadata.LICENCE);
        assertThat(metadata.path("dc:rights").asString())
                .contains("Open Government Licence v3.0")
                .contains("hounslow-council, uk-recovery-observatory)");
        assertThat(metadata.path("dc:contributor").valueStream().map(JsonNode::asString))
                .containsExactly(
                        "belfast-city-council", "bradford-council", "hounslow-council", "uk-recovery-observatory");
    }

    @Test
    void givesEachColumnTheDatatypeOfItsValues() throws Exception {
        final JsonNode weekly = JSON.readTree(mvc.perform(get("/downloads/places/E09000018/weekly.csv-metadata.json"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(datatype(weekly, "weekStart")).isEqualTo("date");
        assertThat(datatype(weekly, "provisional")).isEqualTo("boolean");
        assertThat(datatype(weekly, "supportAwardedPence")).isEqualTo("integer");
        assertThat(weekly.path("tableSchema").path("primaryKey").valueStream().map(JsonNode::asString))
                .containsExactly("area", "weekStart");
    }

    @Test
    void describesNoDownloadThatCanNotExist() throws Exception {
        for (String path : List.of(
                "/downloads/places/E09999999.csv-metadata.json",
                "/downloads/regions/TLZ/weekly.csv-metadata.json",
                "/downloads/areas/not%20an%20id.csv-metadata.json",
                "/downloads/counties/E10000002.csv-metadata.json")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isEqualTo(404);
        }
    }

    private static String datatype(JsonNode metadata, String column) {
        return metadata.path("tableSchema")
                .path("columns")
                .valueStream()
                .filter(entry -> entry.path("name").asString().equals(column))
                .findFirst()
                .orElseThrow()
                .path("datatype")
                .asString();
    }
}
