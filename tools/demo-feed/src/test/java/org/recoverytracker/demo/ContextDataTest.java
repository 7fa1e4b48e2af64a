package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.recoverytracker.reference.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContextDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theHeathrowZoneHasTheSevenDistrictsOfTheContract() {
        final JsonNode area = JSON.readTree(ContextData.writes().get(0).json());

        assertThat(area.get("name").asString()).isEqualTo("Heathrow zone");
        assertThat(StreamSupport.stream(area.get("members").spliterator(), false)
                        .map(member -> member.get("place").asString()))
                .containsExactly(
                        "E09000018", "E09000017", "E09000009", "E07000213", "E06000039", "E06000040", "E07000212")
                .allSatisfy(place -> assertThat(ReferenceData.uk().place(place)).isPresent());
    }

    @Test
    void everyBaselineSaysItIsIllustrativeAndCoversEachPlacesSectors() {
        final List<JsonNode> baselines = StreamSupport.stream(
                        JSON.readTree(ContextData.writes().get(1).json()).spliterator(), false)
                .toList();

        assertThat(baselines).hasSize(ContextData.baselinePlaces().size() * 19).allSatisfy(baseline -> {
            assertThat(baseline.get("source").get("title").asString()).contains("illustrative, not ONS data");
            assertThat(baseline.get("value").asLong()).isPositive();
            assertThat(baseline.get("baselineId").asString()).hasSizeLessThanOrEqualTo(64);
        });
        assertThat(baselines)
                .extracting(baseline -> baseline.get("place").asString())
                .containsAll(ContextData.HEATHROW_ZONE)
                .contains("N09000003", "E08000032");
    }
}
