package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

/** Every change of a week view is logged once, with its cause, the view before and after, and the event. */
class RevisionLogTest extends FreshViewsPerTest {

    private static final Instant POSTED = Instant.parse("2024-06-03T10:00:00Z");
    private static final LocalDate WEEK = LocalDate.of(2020, 4, 13);

    @Test
    void logsANewEventAsCreatedAndItsCorrectionAsCorrected() {
        driver.post(SampleEvents.jobLoss().build(), POSTED);
        driver.post(SampleEvents.jobLoss().setJobs(300).build(), POSTED.plusSeconds(60));

        final List<Revision> log = driver.revisions().readValuesToList();

        assertThat(log)
                .containsExactly(
                        new Revision(
                                POSTED, SampleEvents.HOUNSLOW, "H", WEEK, null, atRisk(250), Cause.CREATED, event(1)),
                        new Revision(
                                POSTED.plusSeconds(60),
                                SampleEvents.HOUNSLOW,
                                "H",
                                WEEK,
                                atRisk(250),
                                atRisk(300),
                                Cause.CORRECTED,
                                event(2)));
    }

    @Test
    void logsACorrectionThatMovesAnEventFromOneWeekToAnother() {
        driver.post(SampleEvents.jobLoss().build(), POSTED);
        driver.post(
                SampleEvents.jobLoss().setOccurredOn(LocalDate.of(2020, 4, 21)).build(), POSTED.plusSeconds(60));

        final List<Revision> log = driver.revisions().readValuesToList();

        assertThat(log.subList(1, 3))
                .extracting(Revision::weekStart, Revision::before, Revision::after, Revision::cause, Revision::event)
                .containsExactly(
                        tuple(WEEK, atRisk(250), null, Cause.MOVED_OUT, event(2)),
                        tuple(LocalDate.of(2020, 4, 20), null, atRisk(250), Cause.MOVED_IN, event(2)));
    }

    @Test
    void logsARetractionAsRetractedAndNothingForADuplicate() {
        driver.post(SampleEvents.jobLoss().build(), POSTED);
        driver.post(SampleEvents.jobLoss().setReceivedAt(POSTED.plusSeconds(5)).build(), POSTED.plusSeconds(5));
        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001");

        final List<Revision> log = driver.revisions().readValuesToList();

        assertThat(log).extracting(Revision::cause).containsExactly(Cause.CREATED, Cause.RETRACTED);
        assertThat(log.get(1).after()).isNull();
        assertThat(log.get(1).event()).isEqualTo(event(2));
    }

    @Test
    void writesEachRevisionAsJsonKeyedByPlace() {
        driver.post(SampleEvents.jobLoss().build(), POSTED);

        final byte[] json = RevisionSerde.serde()
                .serializer()
                .serialize("recovery.revisions.v1", driver.revisions().readValue());

        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains(
                        "\"changedAt\":\"2024-06-03T10:00:00Z\"",
                        "\"weekStart\":\"2020-04-13\"",
                        "\"before\":null",
                        "\"jobsAtRisk\":250",
                        "\"netJobChange\":0",
                        "\"cause\":\"CREATED\"",
                        "\"event\":{\"partner\":\"hounslow-council\",\"kind\":\"job-loss\",\"eventId\":\"hr1-0001\",\"version\":1}");
    }

    private static Measures atRisk(long jobs) {
        return new Measures(jobs, 0, 0, 0, 0, 0, 0, 1);
    }

    private static Revision.Event event(int version) {
        return new Revision.Event("hounslow-council", "job-loss", "hr1-0001", version);
    }
}
