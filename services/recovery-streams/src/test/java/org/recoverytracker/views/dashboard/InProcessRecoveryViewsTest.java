package org.recoverytracker.views.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.reference.records.BaselineSource;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;
import org.recoverytracker.views.api.IndexAnswers;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.baselines.BaselineChoice;
import org.recoverytracker.views.baselines.BaselineTable;
import org.recoverytracker.views.baselines.BaselineTables;
import org.recoverytracker.views.query.CellProvenance;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.topology.Measures;

/**
 * The views as the dashboard reads them in this process: where a figure comes from beside the
 * figure it is of, and the figures set against their baseline, in the dashboard's own records.
 */
class InProcessRecoveryViewsTest {

    private static final String HOUNSLOW = "E09000018";
    private static final LocalDate WEEK = LocalDate.parse("2020-04-13");

    private static final CellProvenance TWO_JOB_LOSSES = new CellProvenance(
            2,
            List.of(
                    new CellProvenance.PartnerEvents("hounslow-council", "job-loss", 1),
                    new CellProvenance.PartnerEvents("uk-recovery-observatory", "job-loss", 1)),
            List.of(new CellProvenance.SchemaVersion("org.recoverytracker.events.JobLossEvent", 1)),
            Instant.parse("2020-03-27T09:15:02Z"),
            Instant.parse("2020-04-15T16:05:30Z"),
            "sha256:5f0c3a1e9b7d2c4f6a8e0b1d3c5e7f9a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e");

    private final ViewQueries queries = mock(ViewQueries.class);
    private final AreaDefinitions areas = mock(AreaDefinitions.class);
    private final BaselineTables baselines = mock(BaselineTables.class);
    // Provenance and the index mark no week provisional, so the page's provisional weeks are not needed here.
    private final InProcessRecoveryViews views =
            new InProcessRecoveryViews(queries, areas, null, null, new IndexAnswers(baselines, null), null);

    @Test
    void readsWhereAFigureComesFromBesideTheFigure() {
        when(queries.provenance(HOUNSLOW, "H", null)).thenReturn(TWO_JOB_LOSSES);
        when(queries.placeSectors(HOUNSLOW))
                .thenReturn(List.of(
                        new SectorEntry(HOUNSLOW, "H", new Measures(300, 1200, 0, 0, 0, 0, 0, 2), 0),
                        new SectorEntry(HOUNSLOW, "I", new Measures(0, 0, 25, 12, 0, 2500050, 0, 1), 0)));

        final FigureProvenance provenance =
                views.provenance(HOUNSLOW, "H", null).orElseThrow();

        assertThat(provenance.figures()).isEqualTo(new Figures(300, 1200, 0, 0, 0, 0, 0, -1200, 2));
        assertThat(provenance.events()).isEqualTo(2);
        assertThat(provenance.partners())
                .containsExactly(
                        new FigureProvenance.PartnerEvents("hounslow-council", "job-loss", 1),
                        new FigureProvenance.PartnerEvents("uk-recovery-observatory", "job-loss", 1));
        assertThat(provenance.schemaVersions())
                .containsExactly(new FigureProvenance.SchemaVersion("org.recoverytracker.events.JobLossEvent", 1));
        assertThat(provenance.firstReceivedAt()).isEqualTo(TWO_JOB_LOSSES.firstReceivedAt());
        assertThat(provenance.lastReceivedAt()).isEqualTo(TWO_JOB_LOSSES.lastReceivedAt());
        assertThat(provenance.digest()).isEqualTo(TWO_JOB_LOSSES.digest());
    }

    @Test
    void readsOneWeekOfAFigureFromTheSectorsOwnWeeks() {
        when(queries.provenance(HOUNSLOW, "H", WEEK)).thenReturn(TWO_JOB_LOSSES);
        when(queries.placeWeeks(HOUNSLOW, new WeekFilter("H", WEEK, WEEK)))
                .thenReturn(Optional.of(List.of(new WeekEntry(WEEK, new Measures(0, 1000, 0, 0, 0, 0, 0, 2)))));

        assertThat(views.provenance(HOUNSLOW, "H", WEEK).orElseThrow().figures())
                .isEqualTo(new Figures(0, 1000, 0, 0, 0, 0, 0, -1000, 2));
    }

    @Test
    void hasNoProvenanceWhenNoLiveEventIsBehindTheFigure() {
        // A figure of events counted before provenance was kept has none until the views are rebuilt.
        when(queries.provenance(HOUNSLOW, "F", null))
                .thenReturn(new CellProvenance(0, List.of(), List.of(), null, null, "sha256:e3b0"));
        when(queries.placeSectors(HOUNSLOW))
                .thenReturn(List.of(new SectorEntry(HOUNSLOW, "F", new Measures(0, 0, 0, 40, 40, 0, 0, 1), 0)));

        assertThat(views.provenance(HOUNSLOW, "F", null)).isEmpty();
    }

    @Test
    void hasNoProvenanceWhenTheFiguresLastEventGoesBetweenTheTwoReads() {
        when(queries.provenance(HOUNSLOW, "H", WEEK)).thenReturn(TWO_JOB_LOSSES);
        when(queries.placeWeeks(HOUNSLOW, new WeekFilter("H", WEEK, WEEK))).thenReturn(Optional.empty());

        assertThat(views.provenance(HOUNSLOW, "H", WEEK)).isEmpty();
    }

    @Test
    void setsTheFiguresItGaveAgainstTheBaselineOfTheirPlaceRegionUkOrArea() {
        when(baselines.table(BaselineChoice.parse(BaselineChoice.DEFAULT)))
                .thenReturn(BaselineTable.of(
                        BaselineChoice.parse(BaselineChoice.DEFAULT), List.of(baseline(HOUNSLOW, 30_000))));
        final Figures lost1200 = new Figures(300, 1200, 0, 0, 0, 0, 0, -1200, 2);
        final AreaDefinition zone = new AreaDefinition(
                "heathrow-zone",
                "hounslow-council",
                "Heathrow zone",
                true,
                List.of(
                        new AreaDefinition.Member(HOUNSLOW, null, null),
                        new AreaDefinition.Member("E09000017", null, null)));
        when(areas.find("heathrow-zone")).thenReturn(Optional.of(zone));
        when(areas.find("private-zone"))
                .thenReturn(Optional.of(
                        new AreaDefinition("private-zone", "hounslow-council", "Private", false, zone.members())));

        final BaselineIndex place = views.againstBaseline(area(HOUNSLOW, lost1200));
        final BaselineIndex region = views.againstBaseline(area("TLI", lost1200));
        final BaselineIndex uk = views.againstBaseline(area(AreaFigures.UK_CODE, lost1200));
        final BaselineIndex publicArea = views.againstBaseline(area("heathrow-zone", lost1200));
        final BaselineIndex privateArea = views.againstBaseline(area("private-zone", lost1200));

        assertThat(place)
                .isEqualTo(new BaselineIndex(
                        "BRES", "EMPLOYEES", "2019", 30_000L, 1.0, List.of("BRES 2019"), 40.0, 1.0, -4.0, 96.0, null));
        assertThat(region.coverage()).isEqualTo(0.0303); // 1 of London's 33 districts
        assertThat(uk.coverage()).isEqualTo(0.0028); // 1 of 361
        assertThat(List.of(region.jobsLostPerThousand(), uk.jobsLostPerThousand(), publicArea.jobsLostPerThousand()))
                .containsOnly(40.0);
        assertThat(publicArea.coverage()).isEqualTo(0.5);
        assertThat(privateArea.value()).isNull();
        assertThat(privateArea.reason()).isEqualTo(BaselineIndex.NO_BASELINE);
    }

    @Test
    void saysTheFiguresAreUnavailableWhileTheViewsMove() {
        when(queries.provenance(HOUNSLOW, "H", null)).thenThrow(new ViewsUnavailableException("Rebalancing."));

        assertThatThrownBy(() -> views.provenance(HOUNSLOW, "H", null))
                .isInstanceOf(FiguresUnavailableException.class)
                .hasMessage("Rebalancing.");
    }

    private static AreaFigures area(String code, Figures total) {
        return new AreaFigures(code, code, total, List.of());
    }

    private static Baseline baseline(String place, long value) {
        return Baseline.newBuilder()
                .setBaselineId(place)
                .setPartner("uk-recovery-observatory")
                .setReceivedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setDataset("BRES")
                .setVariable(BaselineVariable.EMPLOYEES)
                .setPeriod("2019")
                .setPlace(place)
                .setSector(SicSection.H)
                .setValue(value)
                .setStatus(BaselineStatus.FINAL)
                .setSource(new BaselineSource(null, "BRES 2019", null, null))
                .build();
    }
}
