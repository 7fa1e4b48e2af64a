package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.SchemaHistory;
import org.recoverytracker.schemas.Sha256;
import org.recoverytracker.schemas.testing.SampleEvents;

/**
 * The events behind each week view, with the provenance of the version that counts: which version
 * it is, when it was received, in which schema, from which record, and the hash of its value.
 */
class CellEventsTest extends FreshViewsPerTest {

    private static final String HOUNSLOW_AIR_WEEK = "E09000018|H|2020-04-13";
    private static final String IDENTITY = "|job-loss|hounslow-council/hr1-0001";

    @Test
    void listsANewEventWithItsProvenance() {
        final JobLossEvent event = SampleEvents.jobLoss().build();
        driver.post(event);

        final Contribution counted = driver.cellEvents().get(HOUNSLOW_AIR_WEEK + IDENTITY);
        assertThat(counted.measures().jobsAtRisk()).isEqualTo(250);
        final EventProvenance provenance = counted.provenance();
        assertThat(provenance.event()).isEqualTo(new EventRef(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001", 1));
        assertThat(provenance.receivedAt()).isEqualTo(SampleEvents.RECEIVED_AT.toEpochMilli());
        assertThat(provenance.schemaVersion())
                .isEqualTo(SchemaHistory.released(JobLossEvent.getClassSchema().getFullName())
                        .size());
        assertThat(provenance.topic()).isEqualTo(EventKind.JOB_LOSS.topic());
        assertThat(provenance.offset()).isZero();
        assertThat(provenance.valueSha256()).isEqualTo(Sha256.hex(ViewsDriver.encode(event)));
        assertThat(provenance.occurredOn()).isEqualTo(LocalDate.of(2020, 4, 14));
        assertThat(provenance.organisation()).isEqualTo("Heathrow Airline Services Ltd");
    }

    @Test
    void keepsTheFirstCopyOfAnEventThatIsResentLater() {
        driver.post(SampleEvents.jobLoss().build());
        final Map<String, Contribution> first = driver.cellEvents();

        // A partner retrying its request: the same event, received again later.
        driver.post(SampleEvents.jobLoss()
                .setReceivedAt(Instant.parse("2024-06-04T09:00:00Z"))
                .build());

        assertThat(driver.cellEvents()).isEqualTo(first);
    }

    @Test
    void countsEachCorrectionAsTheNextVersion() {
        driver.post(SampleEvents.jobLoss().build());
        driver.post(SampleEvents.jobLoss().setJobs(300).build());
        driver.post(SampleEvents.jobLoss().setStatus(JobLossStatus.CONFIRMED).build());

        final Contribution counted = driver.cellEvents().get(HOUNSLOW_AIR_WEEK + IDENTITY);
        assertThat(counted.provenance().event().version()).isEqualTo(3);
        assertThat(counted.provenance().offset()).isEqualTo(2);
        assertThat(counted.measures().jobsLost()).isEqualTo(250);
        assertThat(driver.cellEvents()).hasSize(1);
    }

    @Test
    void movesAnEventToTheCellOfItsCorrectedWeek() {
        driver.post(SampleEvents.jobLoss().build());
        driver.post(
                SampleEvents.jobLoss().setOccurredOn(LocalDate.of(2020, 4, 21)).build());

        assertThat(driver.cellEvents()).containsOnlyKeys("E09000018|H|2020-04-20" + IDENTITY);
        assertThat(driver.cellEvents().values())
                .extracting(counted -> counted.provenance().event().version())
                .containsExactly(2);
        driver.assertViewsAre(List.of(
                SampleEvents.jobLoss().setOccurredOn(LocalDate.of(2020, 4, 21)).build()));
    }

    @Test
    void forgetsARetractedEvent() {
        driver.post(SampleEvents.jobLoss().build());
        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001");

        assertThat(driver.cellEvents()).isEmpty();
    }
}
