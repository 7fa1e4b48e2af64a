package org.recoverytracker.referenceservice.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.referenceservice.writing.ReferenceWrites.Converted;
import tools.jackson.databind.JsonNode;

class NomisBaselinesTest {

    private static final NomisBaselines.Settings SETTINGS = new NomisBaselines.Settings(
            "BRES", BaselineStatus.REVISED, null, "BRES 2019", null, LocalDate.of(2026, 12, 3));

    @Test
    void readsTheCountsOfDistrictsBySectionOrDivisionAndCountsTheOtherRows() throws IOException {
        final Converted converted = NomisBaselines.convert(sample(), SETTINGS);

        final List<JsonNode> items = converted.items().items();
        assertThat(items).hasSize(3);
        assertThat(converted.ignored())
                .as("percentage, full-time, region, total, not available")
                .isEqualTo(5);
        assertThat(converted.items().readErrors()).isEmpty();
        final JsonNode hounslowH = items.get(0);
        assertThat(hounslowH.get("baselineId").asString()).isEqualTo("bres-2019-employees-E09000018-H");
        assertThat(hounslowH.get("place").asString()).isEqualTo("E09000018");
        assertThat(hounslowH.get("sector").asString()).isEqualTo("H");
        assertThat(hounslowH.get("value").asLong()).isEqualTo(41_000);
        assertThat(hounslowH.get("status").asString()).isEqualTo("REVISED");
        assertThat(hounslowH.get("source").get("licence").asString()).isEqualTo("OGL-UK-3.0");
        assertThat(items.get(1).get("variable").asString()).isEqualTo("EMPLOYMENT");
        assertThat(items.get(2).get("sicCode").asString()).isEqualTo("51");
        assertThat(items.get(2).get("place").asString()).isEqualTo("E07000165");
        assertThat(converted.rowOf().applyAsInt(2)).as("the row in the file").isEqualTo(6);
    }

    @Test
    void aCountThatIsNotAWholeNumberIsAProblemNamingItsColumn() throws IOException {
        final byte[] broken = new String(sample(), StandardCharsets.UTF_8)
                .replace("\"41000\"", "\"41,000\"")
                .getBytes(StandardCharsets.UTF_8);

        final Converted converted = NomisBaselines.convert(broken, SETTINGS);

        assertThat(converted.items().readErrors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isZero();
            assertThat(error.field()).isEqualTo("OBS_VALUE");
        });
    }

    @Test
    void aFileWithoutTheColumnsOfAnExportIsRefusedNamingThem() {
        final byte[] notNomis = "place,value\nE09000018,5\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NomisBaselines.convert(notNomis, SETTINGS))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessageContaining("GEOGRAPHY_CODE")
                .hasMessageContaining("OBS_VALUE")
                .hasMessageContaining("EMPLOYMENT_STATUS_NAME");
    }

    static byte[] sample() throws IOException {
        try (InputStream in = NomisBaselinesTest.class.getResourceAsStream("/nomis/bres-nm-189-1-sample.csv")) {
            return in.readAllBytes();
        }
    }
}
