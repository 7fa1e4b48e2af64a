package org.recoverytracker.views.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.topology.Measures;

class RecoveryGaugeFamiliesTest {

    private static final List<SectorEntry> VIEWS = List.of(
            new SectorEntry("E09000018", "H", new Measures(300, 900, 0, 12, 0, 2_500_050, 0, 2), 0),
            new SectorEntry("E09000018", "I", new Measures(0, 0, 25, 12, 0, 0, 0, 1), 0),
            new SectorEntry("E07000146", "C", new Measures(40, 0, 0, 0, 0, 0, 0, 1), 0));

    @Test
    void writesEachMeasureOfEachViewWithItsPlaceRegionAndSector() {
        final String text = RecoveryGaugeFamilies.write(VIEWS, List.of(), List.of(), "recovery-streams");

        assertThat(text.lines())
                .contains(
                        "# TYPE recovery_jobs_lost gauge",
                        "recovery_jobs_lost{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"} 900.0",
                        "recovery_support_awarded_pounds{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"} 25000.5",
                        "recovery_net_job_change{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"} -888.0",
                        "recovery_jobs_at_risk{application=\"recovery-streams\",place=\"E07000146\",region=\"TLH\",sector=\"C\"} 40.0");
        assertThat(text.lines().filter(line -> line.startsWith("recovery_events{")))
                .hasSize(3);
    }

    @Test
    void namesEachPlaceOnceInTheInfoFamily() {
        final String text = RecoveryGaugeFamilies.write(VIEWS, List.of(), List.of(), "recovery-streams");

        assertThat(text.lines().filter(line -> line.startsWith("recovery_place_info{")))
                .containsExactly(
                        "recovery_place_info{application=\"recovery-streams\",nation=\"England\",place=\"E07000146\","
                                + "place_name=\"King's Lynn and West Norfolk\",region=\"TLH\",region_name=\"East of England\"} 1",
                        "recovery_place_info{application=\"recovery-streams\",nation=\"England\",place=\"E09000018\","
                                + "place_name=\"Hounslow\",region=\"TLI\",region_name=\"London\"} 1");
    }

    private static final String HOUNSLOW_H =
            "{application=\"recovery-streams\",place=\"E09000018\",region=\"TLI\",sector=\"H\"}";

    @Test
    void writesThePartInProvisionalWeeksOfTheViewsThatHaveOne() {
        final List<SectorEntry> provisional =
                List.of(new SectorEntry("E09000018", "H", new Measures(0, 150, 0, 0, 0, 0, 0, 1), 0));

        final String text = RecoveryGaugeFamilies.write(VIEWS, provisional, List.of(), "recovery-streams");

        assertThat(text.lines())
                .contains(
                        "# HELP recovery_provisional_jobs_lost Jobs in confirmed redundancies, in weeks still provisional",
                        "# TYPE recovery_provisional_jobs_lost gauge",
                        "recovery_provisional_jobs_lost" + HOUNSLOW_H + " 150.0",
                        "recovery_provisional_net_job_change" + HOUNSLOW_H + " -150.0",
                        "recovery_provisional_jobs_created" + HOUNSLOW_H + " 0.0");
        assertThat(text.lines().filter(line -> line.startsWith("recovery_provisional_") && !line.startsWith("#")))
                .hasSize(9);
        assertThat(text.lines().filter(line -> line.startsWith("recovery_jobs_lost{")))
                .hasSize(3);
    }

    @Test
    void writesEachMeasureOfEachAreaSectorAndNamesEachAreaOnce() {
        final List<AreaView> areas = List.of(
                new AreaView("west", "West \"London\"", "H", new Measures(0, 150, 0, 10, 0, 12_345, 0, 1)),
                new AreaView("west", "West \"London\"", "I", new Measures(0, 5, 0, 0, 0, 0, 0, 1)));

        final String text = RecoveryGaugeFamilies.write(VIEWS, List.of(), areas, "recovery-streams");

        assertThat(text.lines())
                .contains(
                        "# TYPE recovery_area_jobs_lost gauge",
                        "recovery_area_jobs_lost{application=\"recovery-streams\",area=\"west\",sector=\"H\"} 150.0",
                        "recovery_area_jobs_lost{application=\"recovery-streams\",area=\"west\",sector=\"I\"} 5.0",
                        "recovery_area_net_job_change{application=\"recovery-streams\",area=\"west\",sector=\"H\"} -140.0",
                        "recovery_area_support_awarded_pounds{application=\"recovery-streams\",area=\"west\",sector=\"H\"} 123.45");
        assertThat(text.lines()
                        .filter(line -> line.startsWith("recovery_area_") && !line.startsWith("recovery_area_info")))
                .hasSize(18);
        assertThat(text.lines().filter(line -> line.startsWith("recovery_area_info{")))
                .containsExactly(
                        "recovery_area_info{application=\"recovery-streams\",area=\"west\",area_name=\"West \\\"London\\\"\"} 1");
        assertThat(text.lines().filter(line -> line.startsWith("recovery_jobs_lost{")))
                .hasSize(3);
    }

    @Test
    void escapesWhatTheTextFormatReservesInLabelValues() {
        assertThat(RecoveryGaugeFamilies.labelValue("a \"b\" c\\d\ne")).isEqualTo("a \\\"b\\\" c\\\\d\\ne");
    }

    @Test
    void writesEmptyFamiliesWhenThisInstanceHasNoViews() {
        final String text = RecoveryGaugeFamilies.write(List.of(), List.of(), List.of(), "recovery-streams");

        assertThat(text.lines().filter(line -> !line.startsWith("#"))).isEmpty();
        assertThat(text).contains("# TYPE recovery_place_info gauge");
    }
}
