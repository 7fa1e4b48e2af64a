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
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.views.query.CellProvenance;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.topology.Measures;

/**
 * Where a figure comes from as the dashboard reads it in this process: the views' provenance and
 * the figure it is of, in the dashboard's own records.
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
    // Provenance marks no week provisional, so the page's provisional weeks are not needed here.
    private final InProcessRecoveryViews views = new InProcessRecoveryViews(queries, null, null, null);

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
    void saysTheFiguresAreUnavailableWhileTheViewsMove() {
        when(queries.provenance(HOUNSLOW, "H", null)).thenThrow(new ViewsUnavailableException("Rebalancing."));

        assertThatThrownBy(() -> views.provenance(HOUNSLOW, "H", null))
                .isInstanceOf(FiguresUnavailableException.class)
                .hasMessage("Rebalancing.");
    }
}
