package org.recoverytracker.views.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's key names it whole and orders a release so that each view is one range of keys. */
class ScopeTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);

    @Test
    void everyScopeReadsBackFromItsKey() {
        for (Scope scope : List.of(
                Scope.place("E09000018"),
                Scope.placeSector("E09000018", "H"),
                Scope.placeWeek("E09000018", MONDAY),
                Scope.placeSectorWeek("E09000018", "H", MONDAY),
                Scope.rollup("TLI"),
                Scope.rollupSector("TLI", "C"),
                Scope.rollupWeek("TLI", MONDAY),
                Scope.rollup(null),
                Scope.rollupSector(null, "C"),
                Scope.rollupWeek(null, MONDAY),
                Scope.area("heathrow-zone", null, null),
                Scope.area("heathrow-zone", "H", null),
                Scope.area("heathrow-zone", null, MONDAY))) {
            assertThat(Scope.parse(scope.key())).isEqualTo(scope);
        }
        assertThat(Scope.placeSectorWeek("E09000018", "H", MONDAY).key()).isEqualTo("PSW|E09000018|H|2024-01-08");
    }

    @Test
    void aPlacesSectorsShareAPrefixNoOtherFigureStartsWith() {
        final String prefix = Scope.prefix(Scope.Level.PLACE_SECTOR, "E09000018", null);
        assertThat(Scope.placeSector("E09000018", "H").key()).startsWith(prefix);
        assertThat(Scope.place("E09000018").key()).doesNotStartWith(prefix);
        assertThat(Scope.placeSectorWeek("E09000018", "H", MONDAY).key()).doesNotStartWith(prefix);
        assertThat(Scope.placeSector("E09000019", "H").key()).doesNotStartWith(prefix);
        assertThat(Scope.rollupSector(null, "H").key()).startsWith(Scope.prefix(Scope.Level.UK_SECTOR, null, null));
        assertThat(Scope.place("E09000018").sectorLevel()).isEqualTo(Scope.Level.PLACE_SECTOR);
        assertThat(Scope.rollup(null).sectorLevel()).isEqualTo(Scope.Level.UK_SECTOR);
        assertThat(Scope.area("heathrow-zone", null, null).sectorLevel()).isEqualTo(Scope.Level.AREA_SECTOR);
    }
}
