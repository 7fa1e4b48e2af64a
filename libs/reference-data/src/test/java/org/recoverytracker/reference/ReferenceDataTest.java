package org.recoverytracker.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceDataTest {

    private final ReferenceData uk = ReferenceData.uk();

    @Test
    void holdsEveryLocalAuthorityDistrictAndRegion() {
        assertThat(uk.places()).hasSize(361);
        assertThat(uk.regions())
                .extracting(Region::code)
                .containsExactly("TLC", "TLD", "TLE", "TLF", "TLG", "TLH", "TLI", "TLJ", "TLK", "TLL", "TLM", "TLN");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "E09000018 | Hounslow | TLI | London | England",
                "E08000032 | Bradford | TLE | Yorkshire and The Humber | England",
                "N09000003 | Belfast | TLN | Northern Ireland | Northern Ireland",
                "W06000015 | Cardiff | TLL | Wales | Wales",
                "S12000036 | City of Edinburgh | TLM | Scotland | Scotland",
                "E06000010 | 'Kingston upon Hull, City of' | TLE | Yorkshire and The Humber | England"
            })
    void knowsAPlaceWithItsRegionAndNation(String code, String name, String region, String regionName, String nation) {
        final Place place = uk.place(code).orElseThrow();

        assertThat(place.name()).isEqualTo(name);
        assertThat(place.region().code()).isEqualTo(region);
        assertThat(place.region().name()).isEqualTo(regionName);
        assertThat(place.nation().displayName()).isEqualTo(nation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E09000099", "E08000016x", "hounslow", ""})
    void doesNotGuessUnknownPlaces(String code) {
        assertThat(uk.place(code)).isEmpty();
    }

    @Test
    void holdsEverySicSectionAndDivision() {
        assertThat(uk.sections())
                .extracting(SicSection::code)
                .containsExactly(
                        "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
                        "T", "U");
        assertThat(uk.section("H").orElseThrow().title()).isEqualTo("Transportation and storage");
        assertThat(uk.division("51").orElseThrow().title()).isEqualTo("Air transport");
        assertThat(uk.division("01").orElseThrow().section().code()).isEqualTo("A");
    }

    @ParameterizedTest
    @CsvSource({"51, H", "51.10, H", "5110, H", "56.10, I", "01.11/1, A", "99, U"})
    void findsTheDivisionOfASicCode(String sicCode, String section) {
        assertThat(uk.divisionOfSicCode(sicCode).orElseThrow().section().code()).isEqualTo(section);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04", "34", "5", "511000", "51.1.0", "ab", ""})
    void doesNotFindADivisionForAnUnknownOrMalformedSicCode(String sicCode) {
        assertThat(uk.divisionOfSicCode(sicCode)).isEmpty();
    }

    @Test
    void tellsTheShapesOfCodes() {
        assertThat(Codes.isPlaceCode("E09000018")).isTrue();
        assertThat(Codes.isPlaceCode("X09000018")).isFalse();
        assertThat(Codes.isRegionCode("TLI")).isTrue();
        assertThat(Codes.isRegionCode("TLZ")).isFalse();
        assertThat(Codes.isSectionCode("U")).isTrue();
        assertThat(Codes.isSectionCode("V")).isFalse();
    }
}
