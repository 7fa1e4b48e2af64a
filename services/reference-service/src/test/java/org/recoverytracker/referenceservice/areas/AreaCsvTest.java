package org.recoverytracker.referenceservice.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.referenceservice.writing.ReferenceWrites.Converted;
import tools.jackson.databind.JsonNode;

class AreaCsvTest {

    @Test
    void groupsTheRowsOfEachAreaWhereverTheyAre() {
        final Converted converted = convert("""
                areaId,name,visibility,place,from,to
                heathrow,Heathrow zone,PUBLIC,E09000018,,
                west,West London,,E09000009,2020-01-01,
                heathrow,,,E09000017,2020-01-01,2021-12-31
                """);

        final List<JsonNode> areas = converted.items().items();
        assertThat(areas).hasSize(2);
        assertThat(converted.items().readErrors()).isEmpty();
        final JsonNode heathrow = areas.get(0);
        assertThat(heathrow.get("areaId").asString()).isEqualTo("heathrow");
        assertThat(heathrow.get("name").asString()).isEqualTo("Heathrow zone");
        assertThat(heathrow.get("members")).hasSize(2);
        assertThat(heathrow.get("members").get(1).get("to").asString()).isEqualTo("2021-12-31");
        assertThat(areas.get(1).has("visibility"))
                .as("left empty: the default applies")
                .isFalse();
        assertThat(converted.rowOf().applyAsInt(1))
                .as("an area's problems are at its first row")
                .isEqualTo(1);
    }

    @Test
    void rowsOfOneAreaMayNotDisagreeAndUnknownColumnsAreNamed() {
        final Converted converted = convert("""
                areaId,name,place,colour
                heathrow,Heathrow zone,E09000018,blue
                heathrow,Heathrow,E09000017,blue
                """);

        assertThat(converted.items().readErrors())
                .extracting(error -> error.index() + " " + error.field())
                .containsExactly("0 colour", "1 name");
    }

    private static Converted convert(String csv) {
        return AreaCsv.convert(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 100);
    }
}
