package org.recoverytracker.views.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.reference.records.BaselineVariable;
import org.recoverytracker.views.topology.Measures;

class IndexFiguresTest {

    private static final BaselineChoice BRES_2019 = BaselineChoice.parse("BRES:EMPLOYEES:2019");

    /** 1,200 at risk, 900 lost, 150 created. */
    private static final Measures MEASURES = new Measures(1_200, 900, 0, 150, 0, 0, 0, 4);

    private static final String SOURCE = "BRES 2019 (Nomis NM_189_1)";

    @Test
    void setsTheFiguresAgainstTheBaseline() {
        final IndexFigures figures = IndexFigures.of(BRES_2019, covered(41_000L), MEASURES, MEASURES.netJobChange());

        assertThat(figures.jobsLostPerThousand()).isEqualTo(21.95);
        assertThat(figures.jobsAtRiskPct()).isEqualTo(2.93);
        assertThat(figures.netJobChangePct()).isEqualTo(-1.83);
        assertThat(figures.eventImpliedIndex()).isEqualTo(98.17); // 100 × (41000 - 750) / 41000
        assertThat(figures.reason()).isNull();
        assertThat(figures.baseline())
                .isEqualTo(new IndexFigures.Summary("BRES", "EMPLOYEES", "2019", 41_000L, 1.0, List.of(SOURCE)));
    }

    @Test
    void theIndexCountsTheNetChangeToDateNotJustThePeriods() {
        assertThat(IndexFigures.of(BRES_2019, covered(1_000L), Measures.NONE, -100)
                        .eventImpliedIndex())
                .isEqualTo(90.0);
    }

    @Test
    void noBaselineOrOneUnderFiftyGivesNullsAndTheReason() {
        final IndexFigures none =
                IndexFigures.of(BRES_2019, new BaselineTable.Coverage(null, 0.0, List.of()), MEASURES, 0);
        final IndexFigures tiny = IndexFigures.of(BRES_2019, covered(49L), MEASURES, 0);
        final IndexFigures smallest = IndexFigures.of(BRES_2019, covered(50L), MEASURES, 0);

        assertThat(none.reason()).isEqualTo(IndexFigures.NO_BASELINE);
        assertThat(none.eventImpliedIndex()).isNull();
        assertThat(none.jobsLostPerThousand()).isNull();
        assertThat(tiny.reason()).isEqualTo(IndexFigures.BASELINE_TOO_SMALL);
        assertThat(tiny.jobsAtRiskPct()).isNull();
        assertThat(tiny.baseline().value()).isEqualTo(49L);
        assertThat(smallest.reason()).isNull();
    }

    @Test
    void aBaselineChoiceIsDatasetVariableAndYear() {
        assertThat(BaselineChoice.parse("BRES:employment:2021"))
                .isEqualTo(new BaselineChoice("BRES", BaselineVariable.EMPLOYMENT, "2021"));
        assertThatThrownBy(() -> BaselineChoice.parse("BRES:EMPLOYEES")).hasMessageContaining("DATASET:VARIABLE:YEAR");
        assertThatThrownBy(() -> BaselineChoice.parse("BRES:WORKERS:2019"))
                .hasMessageContaining("EMPLOYEES or EMPLOYMENT");
        assertThatThrownBy(() -> BaselineChoice.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BaselineTable.Coverage covered(long value) {
        return new BaselineTable.Coverage(value, 1.0, List.of(SOURCE));
    }
}
