package org.recoverytracker.views.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.reference.records.BaselineSource;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;

class BaselineTableTest {

    private static final BaselineChoice BRES_2019 = BaselineChoice.parse("BRES:EMPLOYEES:2019");
    private static final Instant EARLIER = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void aRevisedFigureReplacesAProvisionalOneWhicheverCameLast() {
        final BaselineTable table = BaselineTable.of(
                BRES_2019,
                List.of(
                        baseline("E09000018", SicSection.H, 41_000, BaselineStatus.REVISED, EARLIER),
                        baseline("E09000018", SicSection.H, 40_000, BaselineStatus.PROVISIONAL, LATER)));

        assertThat(table.value("E09000018", "H")).hasValue(41_000);
    }

    @Test
    void betweenEqualStatusesTheLastReceivedCounts() {
        final BaselineTable table = BaselineTable.of(
                BRES_2019,
                List.of(
                        baseline("E09000018", SicSection.H, 41_000, BaselineStatus.FINAL, LATER),
                        baseline("E09000018", SicSection.H, 39_000, BaselineStatus.REVISED, EARLIER)));

        assertThat(table.value("E09000018", "H")).hasValue(41_000);
    }

    @Test
    void mergedDistrictsAddUpInTheirSuccessorAndSectorsInTheirPlace() {
        final BaselineTable table = BaselineTable.of(
                BRES_2019,
                List.of(
                        baseline("E07000165", SicSection.H, 1_000, BaselineStatus.FINAL, EARLIER),
                        baseline("E07000163", SicSection.H, 500, BaselineStatus.FINAL, EARLIER),
                        baseline("E07000163", SicSection.I, 300, BaselineStatus.FINAL, EARLIER)));

        assertThat(table.value("E06000065", "H")).hasValue(1_500);
        assertThat(table.value("E06000065", null)).hasValue(1_800);
        assertThat(table.value("E07000165", "H")).isEmpty();
    }

    @Test
    void theFourBuckinghamshirePredecessorsAddUpInE06000060() {
        final BaselineTable table = BaselineTable.of(
                BRES_2019,
                List.of(
                        baseline("E07000004", SicSection.C, 1_000, BaselineStatus.FINAL, EARLIER),
                        baseline("E07000005", SicSection.C, 2_000, BaselineStatus.FINAL, EARLIER),
                        baseline("E07000006", SicSection.C, 3_000, BaselineStatus.FINAL, EARLIER),
                        baseline("E07000007", SicSection.C, 4_000, BaselineStatus.FINAL, EARLIER)));

        assertThat(table.value("E06000060", null)).hasValue(10_000);
        assertThat(table.over(List.of("E06000060"), "C").coverage()).isEqualTo(1.0);
        assertThat(table.value("E07000004", null)).isEmpty();
    }

    @Test
    void baselinesBySicCodeAddUpToTheirSectionUnlessTheSectionHasItsOwn() {
        final Baseline air = baseline("E09000018", SicSection.H, 30_000, BaselineStatus.FINAL, EARLIER);
        air.setSicCode("51");
        final Baseline warehousing = baseline("E09000018", SicSection.H, 8_000, BaselineStatus.FINAL, EARLIER);
        warehousing.setSicCode("52");
        final Baseline food = baseline("E09000018", SicSection.I, 6_000, BaselineStatus.FINAL, EARLIER);
        food.setSicCode("56");
        final Baseline accommodationAndFood = baseline("E09000018", SicSection.I, 9_000, BaselineStatus.FINAL, EARLIER);

        final BaselineTable table = BaselineTable.of(BRES_2019, List.of(air, warehousing, food, accommodationAndFood));

        assertThat(table.value("E09000018", "H")).hasValue(38_000);
        assertThat(table.value("E09000018", "I")).as("the section's own figure").hasValue(9_000);
        assertThat(table.value("E09000018", null)).hasValue(47_000);
    }

    @Test
    void onlyTheChosenDatasetVariableAndPeriodCount() {
        final Baseline otherYear = baseline("E09000018", SicSection.H, 1, BaselineStatus.FINAL, EARLIER);
        otherYear.setPeriod("2021");
        final Baseline employment = baseline("E09000018", SicSection.H, 2, BaselineStatus.FINAL, EARLIER);
        employment.setVariable(BaselineVariable.EMPLOYMENT);
        final Baseline otherDataset = baseline("E09000018", SicSection.H, 3, BaselineStatus.FINAL, EARLIER);
        otherDataset.setDataset("IDBR");

        final BaselineTable table = BaselineTable.of(BRES_2019, List.of(otherYear, employment, otherDataset));

        assertThat(table.value("E09000018", "H")).isEmpty();
    }

    @Test
    void aScopeSumsTheDistrictsThatHaveABaselineAndGivesTheirShare() {
        final BaselineTable table = BaselineTable.of(
                BRES_2019,
                List.of(
                        baseline("E09000018", SicSection.H, 41_000, BaselineStatus.FINAL, EARLIER),
                        baseline("E09000017", SicSection.H, 9_000, BaselineStatus.FINAL, EARLIER)));

        final BaselineTable.Coverage coverage =
                table.over(List.of("E09000018", "E09000017", "E09000009", "E09000001"), "H");

        assertThat(coverage.value()).isEqualTo(50_000L);
        assertThat(coverage.coverage()).isEqualTo(0.5);
        assertThat(table.over(List.of("E09000009"), null).value()).isNull();
    }

    @Test
    void aScopeNamesTheSourcesOfTheFiguresItCountsOnly() {
        final Baseline replaced = baseline("E09000018", SicSection.H, 40_000, BaselineStatus.PROVISIONAL, LATER);
        replaced.getSource().setTitle("BRES 2019 provisional");
        final Baseline revised = baseline("E09000018", SicSection.H, 41_000, BaselineStatus.REVISED, EARLIER);
        revised.getSource().setTitle("BRES 2019 revised");
        final Baseline byDivision = baseline("E09000018", SicSection.I, 6_000, BaselineStatus.FINAL, EARLIER);
        byDivision.setSicCode("56");
        byDivision.getSource().setTitle("BRES 2019 by division");
        final Baseline section = baseline("E09000018", SicSection.I, 9_000, BaselineStatus.FINAL, EARLIER);
        section.getSource().setTitle("BRES 2019 by section");
        final Baseline illustrative = baseline("E09000017", SicSection.H, 9_000, BaselineStatus.FINAL, EARLIER);
        illustrative.getSource().setTitle("Illustrative, not ONS data");

        final BaselineTable table =
                BaselineTable.of(BRES_2019, List.of(replaced, revised, byDivision, section, illustrative));

        assertThat(table.over(List.of("E09000018"), null).sources())
                .containsExactly("BRES 2019 by section", "BRES 2019 revised");
        assertThat(table.over(List.of("E09000018", "E09000017"), "H").sources())
                .containsExactly("BRES 2019 revised", "Illustrative, not ONS data");
        assertThat(table.over(List.of("E09000009"), null).sources()).isEmpty();
    }

    private static Baseline baseline(String place, SicSection sector, long value, BaselineStatus status, Instant at) {
        return Baseline.newBuilder()
                .setBaselineId(place + "-" + sector + "-" + status)
                .setPartner("uk-recovery-observatory")
                .setReceivedAt(at)
                .setDataset("BRES")
                .setVariable(BaselineVariable.EMPLOYEES)
                .setPeriod("2019")
                .setPlace(place)
                .setSector(sector)
                .setValue(value)
                .setStatus(status)
                .setSource(new BaselineSource(null, "test", null, null))
                .build();
    }
}
