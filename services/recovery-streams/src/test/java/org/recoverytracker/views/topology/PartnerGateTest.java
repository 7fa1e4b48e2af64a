package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

/** The gate in front of the partner topics, with the views behind it, in one driver. */
class PartnerGateTest extends FreshViewsPerTest {

    private static final String HOUNSLOW = "hounslow-council";
    private static final String BRADFORD = "bradford-council";
    /** The driver's wall-clock time: when the gate passes a record. */
    private static final Instant GATE_TIME = Instant.parse("2024-06-03T10:00:00Z");

    @Test
    void forwardsAPartnersValidEventToItsEventTopicStampedNowAndCountIt() {
        final JobLossEvent sent = SampleEvents.jobLoss()
                .setReceivedAt(Instant.parse("2031-01-01T00:00:00Z"))
                .build();
        final RecordHeaders partnerHeaders = new RecordHeaders();
        partnerHeaders.add("recovery.source.topic", "forged".getBytes(StandardCharsets.UTF_8));

        driver.pipePartner(
                HOUNSLOW,
                EventKind.JOB_LOSS,
                new TestRecord<>("hounslow-council/hr1-0001", ViewsDriver.encode(sent), partnerHeaders));

        final TestRecord<String, byte[]> forwarded =
                driver.eventTopic(EventKind.JOB_LOSS).readRecord();
        assertThat(forwarded.key()).isEqualTo("hounslow-council/hr1-0001");
        assertThat(forwarded.headers().toArray()).isEmpty();
        final JobLossEvent stored = EventCodec.of(JobLossEvent.class).decode(forwarded.value());
        assertThat(stored.getReceivedAt()).isEqualTo(GATE_TIME);
        assertThat(stored)
                .isEqualTo(SampleEvents.jobLoss().setReceivedAt(GATE_TIME).build());
        assertThat(driver.deadLetters().isEmpty()).isTrue();
        driver.assertViewsAre(List.of(sent));
    }

    @Test
    void retractsOnlyThePartnersOwnEvent() {
        driver.pipePartner(
                HOUNSLOW,
                EventKind.JOB_LOSS,
                "hounslow-council/hr1-0001",
                ViewsDriver.encode(SampleEvents.jobLoss().build()));

        driver.pipePartner(HOUNSLOW, EventKind.JOB_LOSS, "hounslow-council/hr1-0001", null);

        final List<TestRecord<String, byte[]>> forwarded =
                driver.eventTopic(EventKind.JOB_LOSS).readRecordsToList();
        assertThat(forwarded).hasSize(2);
        assertThat(forwarded.get(1).key()).isEqualTo("hounslow-council/hr1-0001");
        assertThat(forwarded.get(1).value()).isNull();
        driver.assertViewsAre(List.of());
    }

    @Test
    void deadLettersARecordThatNamesAnotherPartnerAndChangeNoView() {
        final JobLossEvent hounslows = SampleEvents.jobLoss().build();
        driver.post(hounslows);
        final JobLossEvent inBradfordsName = SampleEvents.jobLoss()
                .setPartner(BRADFORD)
                .setPlace(SampleEvents.BRADFORD)
                .build();

        driver.pipePartner(BRADFORD, EventKind.JOB_LOSS, "hounslow-council/hr1-0001", ViewsDriver.encode(hounslows));
        driver.pipePartner(BRADFORD, EventKind.JOB_LOSS, "bradford-council/hr1-0001", ViewsDriver.encode(hounslows));
        driver.pipePartner(
                HOUNSLOW, EventKind.JOB_LOSS, "bradford-council/hr1-0001", ViewsDriver.encode(inBradfordsName));
        driver.pipePartner(BRADFORD, EventKind.JOB_LOSS, "hounslow-council/hr1-0001", null);

        assertThat(driver.deadLetters().readRecordsToList())
                .extracting(record -> ViewsDriver.headers(record).get(DeadLetters.REASON))
                .containsExactly(
                        "the event's partner is hounslow-council, not the topic's, bradford-council",
                        "the key is bradford-council/hr1-0001 but the event is hounslow-council/hr1-0001",
                        "the event's partner is bradford-council, not the topic's, hounslow-council",
                        "the key's partner is hounslow-council, not the topic's, bradford-council");
        assertThat(driver.eventTopic(EventKind.JOB_LOSS).isEmpty()).isTrue();
        driver.assertViewsAre(List.of(hounslows));
    }

    @Test
    void deadLettersAnEventForAPlaceThePartnerMayNotWriteFor() {
        final JobLossEvent inBelfast =
                SampleEvents.jobLoss().setPlace(SampleEvents.BELFAST).build();

        driver.pipePartner(HOUNSLOW, EventKind.JOB_LOSS, "hounslow-council/hr1-0001", ViewsDriver.encode(inBelfast));

        assertThat(ViewsDriver.headers(driver.deadLetters().readRecord()))
                .containsEntry(DeadLetters.REASON, "partner hounslow-council may not write for place N09000003")
                .containsEntry(DeadLetters.SOURCE_TOPIC, "recovery.partner.hounslow-council.job-loss.v1");
        driver.assertViewsAre(List.of());
    }

    @Test
    void letsANationalPartnerWriteForAnyPlace() {
        final JobLossEvent national = SampleEvents.jobLoss()
                .setPartner("uk-recovery-observatory")
                .setPlace(SampleEvents.BELFAST)
                .build();

        driver.pipePartner(
                "uk-recovery-observatory",
                EventKind.JOB_LOSS,
                "uk-recovery-observatory/hr1-0001",
                ViewsDriver.encode(national));

        assertThat(driver.deadLetters().isEmpty()).isTrue();
        driver.assertViewsAre(List.of(national));
    }

    @Test
    void deadLettersWhatAnUnconfiguredPartnersTopicHolds() {
        final JobLossEvent stranger =
                SampleEvents.jobLoss().setPartner("stranger").build();

        driver.pipePartner("stranger", EventKind.JOB_LOSS, "stranger/hr1-0001", ViewsDriver.encode(stranger));

        assertThat(ViewsDriver.headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .isEqualTo("partner stranger is not configured (recovery.partners)");
        driver.assertViewsAre(List.of());
    }

    @Test
    void deadLettersGarbageAnotherKindsEventsAndOversizedValues() {
        driver.pipePartner(
                HOUNSLOW, EventKind.JOB_LOSS, "hounslow-council/x", "not avro".getBytes(StandardCharsets.UTF_8));
        driver.pipePartner(
                HOUNSLOW,
                EventKind.BUSINESS_SUPPORT,
                "hounslow-council/hr1-0001",
                ViewsDriver.encode(SampleEvents.jobLoss().build()));
        driver.pipePartner(
                HOUNSLOW, EventKind.JOB_LOSS, "hounslow-council/big", new byte[PartnerGate.MAX_VALUE_BYTES + 1]);
        driver.pipePartner(
                HOUNSLOW,
                EventKind.JOB_LOSS,
                null,
                ViewsDriver.encode(SampleEvents.jobLoss().build()));

        assertThat(driver.deadLetters().readRecordsToList())
                .extracting(record -> ViewsDriver.headers(record).get(DeadLetters.REASON))
                .satisfiesExactly(
                        reason -> assertThat(reason).startsWith("undecodable"),
                        reason -> assertThat(reason).startsWith("undecodable"),
                        reason -> assertThat(reason).isEqualTo("too large: 16385 bytes; an event is at most 16384"),
                        reason -> assertThat(reason).startsWith("bad key"));
        driver.assertViewsAre(List.of());
    }

    @Test
    void deadLettersAnEventThatBreaksTheRules() {
        driver.pipePartner(
                HOUNSLOW,
                EventKind.JOB_LOSS,
                "hounslow-council/hr1-0001",
                ViewsDriver.encode(SampleEvents.jobLoss().setJobs(0).build()));

        assertThat(ViewsDriver.headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .isEqualTo("invalid: jobs must be between 1 and 100000, but was 0");
        driver.assertViewsAre(List.of());
    }
}
