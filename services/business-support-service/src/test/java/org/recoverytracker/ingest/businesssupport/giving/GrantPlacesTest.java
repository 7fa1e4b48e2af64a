package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantPlacesTest {

    private static final GrantPlaces PLACES = GrantPlaces.uk();

    @Test
    void aCurrentDistrictCodeIsThePlace() {
        assertThat(place("2021-03-01", location("Hounslow", "E09000018"))).isEqualTo("E09000018");
    }

    @Test
    void anEndedCodeLiveOnTheAwardDateIsKeptAsGiven() {
        assertThat(place("2022-06-01", location(null, "E07000165"))).isEqualTo("E07000165");
    }

    @Test
    void anEndedCodeAfterItEndedIsTakenToItsSuccessor() {
        assertThat(place("2024-02-01", location("Harrogate", "E07000165"))).isEqualTo("E06000065");
    }

    @Test
    void aCodeThatBeganLaterIsTakenToTheOneCodeThatHeldItsAreaThen() {
        // Glasgow City had another code until 2019.
        assertThat(place("2015-05-01", location(null, "S12000049"))).isEqualTo("S12000046");
    }

    @Test
    void anLsoaIsInTheDistrictItsNameBeginsWith() {
        assertThat(place("2021-06-15", location("Mendip 004B", "E01029114"))).isEqualTo("E07000187");
    }

    @Test
    void anLsoaOfADistrictSinceEndedIsInTheSuccessorAfterTheEnd() {
        assertThat(place("2024-06-15", location("Mendip 004B", "E01029114"))).isEqualTo("E06000066");
    }

    @Test
    void theLongestDistrictNameWins() {
        assertThat(place("2021-06-15", location("Somerset West and Taunton 001A", null)))
                .isEqualTo("E07000246");
        assertThat(place("2021-06-15", location("North Somerset 001A", null))).isEqualTo("E06000024");
    }

    @Test
    void aDistrictNameMustEndAtAWordBoundary() {
        // York is a district; Yorkshire is not in it.
        assertThat(refusal("2021-06-15", location("Yorkshire and The Humber", "E12000003")))
                .startsWith("no beneficiary location names a UK local authority district");
        assertThat(place("2021-06-15", location("York 012C", null))).isEqualTo("E06000014");
    }

    @Test
    void namesMatchWhateverTheirCase() {
        assertThat(place("2021-06-15", location("MENDIP 004B", null))).isEqualTo("E07000187");
    }

    @Test
    void aCityOfDistrictAnswersToItsShortName() {
        assertThat(place("2021-06-15", location("Bristol 032B", null))).isEqualTo("E06000023");
        assertThat(place("2021-06-15", location("Kingston upon Hull 001A", null)))
                .isEqualTo("E06000010");
    }

    @Test
    void locationsNamingNoDistrictArePassedOver() {
        assertThat(place("2021-03-01", location("England", "E92000001"), location("Hounslow Central", "E05013604")))
                .isEqualTo("E09000018");
    }

    @Test
    void locationsInDifferentDistrictsAreRefused() {
        assertThat(refusal("2021-06-15", location("Mendip 004B", null), location("Sedgemoor 001A", null)))
                .isEqualTo("its beneficiary locations are in different districts (E07000187 Mendip at location 0,"
                        + " E07000188 Sedgemoor at location 1); an event has one place, so give the grant's"
                        + " locations in one district");
    }

    @Test
    void aDistrictWhoseAreaWasInSeveralDistrictsOnTheDateIsRefusedNamingThem() {
        assertThat(refusal("2022-06-01", location("North Yorkshire", "E06000065")))
                .startsWith("no beneficiary location is in a district live on the award date 2022-06-01:"
                        + " E06000065 North Yorkshire began on 2023-04-01; on 2022-06-01 its area was in E07000163"
                        + " Craven");
    }

    @Test
    void aGrantWithoutLocationsIsRefused() {
        assertThat(PLACES.resolve(List.of(), LocalDate.parse("2021-01-01")).refusal())
                .startsWith("has no beneficiary location");
    }

    @Test
    void aLocationNamingNoDistrictIsRefused() {
        assertThat(refusal("2021-01-01", location("Atlantis 001A", "X01000001")))
                .startsWith("no beneficiary location names a UK local authority district");
    }

    private static Grant.Location location(String name, String geoCode) {
        return new Grant.Location(name, geoCode, null);
    }

    private static String place(String date, Grant.Location... locations) {
        final GrantPlaces.Resolution resolution = PLACES.resolve(List.of(locations), LocalDate.parse(date));
        assertThat(resolution.refusal()).isNull();
        return resolution.code();
    }

    private static String refusal(String date, Grant.Location... locations) {
        final GrantPlaces.Resolution resolution = PLACES.resolve(List.of(locations), LocalDate.parse(date));
        assertThat(resolution.code()).isNull();
        return resolution.refusal();
    }
}
