package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.Sha256;
import org.recoverytracker.views.topology.Contribution;
import org.recoverytracker.views.topology.EventProvenance;
import org.recoverytracker.views.topology.EventRef;
import org.recoverytracker.views.topology.Measures;

/** A figure's provenance and its digest, from the events behind it. */
class CellProvenanceTest {

    private static final LocalDate WEEK = LocalDate.of(2020, 4, 13);

    @Test
    void digestsTheSortedLinesOfTheEventsBehindAFigure() {
        final Contribution first = counted("hounslow-council", "hr1-0001", 1, "aa", 1_000);
        final Contribution second = counted("uk-recovery-observatory", "hr1-0002", 2, "bb", 2_000);

        final CellProvenance provenance = CellProvenance.of(List.of(second, first));

        final String lines = "hounslow-council/job-loss/hr1-0001@" + "aa".repeat(32) + "\n"
                + "uk-recovery-observatory/job-loss/hr1-0002@" + "bb".repeat(32) + "\n";
        assertThat(provenance.digest()).isEqualTo("sha256:" + Sha256.hex(lines));
        assertThat(provenance.events()).isEqualTo(2);
        assertThat(provenance.firstReceivedAt()).isEqualTo(Instant.ofEpochMilli(1_000));
        assertThat(provenance.lastReceivedAt()).isEqualTo(Instant.ofEpochMilli(2_000));
        assertThat(provenance.partners())
                .containsExactly(
                        new CellProvenance.PartnerEvents("hounslow-council", "job-loss", 1),
                        new CellProvenance.PartnerEvents("uk-recovery-observatory", "job-loss", 1));
        assertThat(provenance.schemaVersions())
                .containsExactly(new CellProvenance.SchemaVersion("org.recoverytracker.events.JobLossEvent", 1));
    }

    @Test
    void givesTheSameDigestWhateverTheOrderAndADifferentOneAfterAnyChange() {
        final List<Contribution> events = new ArrayList<>(List.of(
                counted("hounslow-council", "a", 1, "aa", 1),
                counted("hounslow-council", "b", 1, "bb", 2),
                counted("bradford-council", "a", 3, "cc", 3)));
        final String digest = CellProvenance.of(events).digest();

        final List<Contribution> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        assertThat(CellProvenance.of(reversed).digest()).isEqualTo(digest);
        final List<Contribution> corrected = new ArrayList<>(events);
        corrected.set(1, counted("hounslow-council", "b", 2, "dd", 4));
        assertThat(CellProvenance.of(corrected).digest()).isNotEqualTo(digest);
        assertThat(CellProvenance.of(events.subList(0, 2)).digest()).isNotEqualTo(digest);
    }

    private static Contribution counted(String partner, String eventId, int version, String shaByte, long receivedAt) {
        return new Contribution(
                "E09000018",
                "H",
                WEEK,
                new Measures(10, 0, 0, 0, 0, 0, 0, 1),
                new EventProvenance(
                        new EventRef(EventKind.JOB_LOSS, partner, eventId, version),
                        receivedAt,
                        1,
                        EventKind.JOB_LOSS.topic(),
                        0,
                        version,
                        shaByte.repeat(32),
                        shaByte.repeat(32),
                        WEEK,
                        "Heathrow Airline Services Ltd",
                        null,
                        null));
    }
}
