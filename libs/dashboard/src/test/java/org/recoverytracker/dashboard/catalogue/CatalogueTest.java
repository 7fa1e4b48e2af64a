package org.recoverytracker.dashboard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.SampleViews;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The catalogue of published datasets, read by a JSON-LD processor as a portal harvesting it
 * would: a DCAT catalogue whose datasets each have a JSON and a CSV distribution at addresses this
 * service answers.
 */
class CatalogueTest extends HounslowLive {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    @Test
    void isADcatCatalogueAJsonLdProcessorExpands() throws Exception {
        views.publicArea(SampleViews.HEATHROW_ZONE, SampleViews.HOUNSLOW_WEEKS);
        final MvcResult result = mvc.perform(get("/catalog.jsonld")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/ld+json");
        final JsonArray expanded = JsonLd.expand(
                        JsonDocument.of(new StringReader(result.getResponse().getContentAsString())))
                .get();

        final JsonObject catalogue = expanded.getJsonObject(0);
        assertThat(types(catalogue)).containsExactly(DCAT + "Catalog");
        final List<JsonObject> datasets =
                catalogue.getJsonArray(DCAT + "dataset").getValuesAs(JsonObject.class);
        // The UK and 12 regions, 2 places and 1 area each by sector and weekly; the places list; the dictionary.
        assertThat(datasets).hasSize(2 * (1 + 12 + 2 + 1) + 2);
        assertThat(datasets).allSatisfy(dataset -> assertThat(types(dataset)).containsExactly(DCAT + "Dataset"));
        // Figures have their open figures too; the dictionary is not figures
        assertThat(datasets)
                .filteredOn(
                        dataset -> dataset.getJsonArray(DCAT + "distribution").size() == 4)
                .hasSize(datasets.size() - 1);
        final Set<String> addresses = datasets.stream()
                .flatMap(dataset -> dataset.getJsonArray(DCAT + "distribution").getValuesAs(JsonObject.class).stream())
                .flatMap(distribution -> distribution.entrySet().stream()
                        .filter(entry -> entry.getKey().equals(DCAT + "accessURL")
                                || entry.getKey().equals(DCAT + "downloadURL"))
                        .map(entry ->
                                entry.getValue().asJsonArray().getJsonObject(0).getString("@id")))
                .collect(Collectors.toSet());
        assertThat(addresses)
                .contains(
                        "http://localhost/v1/places/E09000018/weekly",
                        "http://localhost/downloads/places/E09000018/weekly.csv",
                        "http://localhost/downloads/areas/heathrow-zone.csv",
                        "http://localhost/v1/regions/TLI",
                        "http://localhost/downloads/dictionary.csv",
                        "http://localhost/open/v1/regions/TLI/weekly",
                        "http://localhost/open/downloads/places/E09000018.csv");
        // The dashboard answers the downloads of the areas with figures; the JSON is the Views API's.
        final List<String> withFigures = addresses.stream()
                .map(address -> address.substring("http://localhost".length()))
                .filter(path -> path.startsWith("/downloads/")
                        && List.of("uk", "places", "E09000018", "E08000032", "TLI", "heathrow-zone").stream()
                                .anyMatch(path::contains))
                .toList();
        assertThat(withFigures).hasSize(11);
        for (String path : withFigures) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void asksToTryAgainWhileTheViewsMove() throws Exception {
        views.unavailable("places");

        final MvcResult result = mvc.perform(get("/catalog.jsonld")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("2");
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(JsonValue.class).stream()
                .map(type -> ((JsonString) type).getString())
                .toList();
    }
}
