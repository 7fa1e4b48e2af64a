package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.HostileValues;
import org.recoverytracker.schemas.testing.SampleEvents;

class RecoveryTopologyTest extends FreshViewsPerTest {

    @Test
    void countsANewEventInItsPlaceSectorAndWeek() {
        driver.post(SampleEvents.jobLoss().build());

        assertThat(driver.sectorTotals()).containsOnlyKeys("E09000018|H");
        assertThat(driver.sectorTotals().get("E09000018|H").measures())
                .isEqualTo(new Measures(250, 0, 0, 0, 0, 0, 0, 1));
        // 14 April 2020 was a Tuesday: the event counts in the week starting Monday 13 April.
        assertThat(driver.sectorWeeks()).containsOnlyKeys("E09000018|H|2020-04-13");
    }

    @Test
    void countsACorrectedEventOnceWhenReposted() {
        driver.post(SampleEvents.jobLoss().setJobs(250).build());
        driver.post(SampleEvents.jobLoss().setJobs(300).build());

        assertThat(driver.sectorTotals().get("E09000018|H").measures().jobsAtRisk())
                .isEqualTo(300);
        assertThat(driver.sectorTotals().get("E09000018|H").measures().events()).isEqualTo(1);
    }

    @Test
    void movesJobsFromAtRiskToLostWhenTheRedundanciesAreConfirmed() {
        driver.post(SampleEvents.jobLoss()
                .setStatus(JobLossStatus.PROPOSED)
                .setJobs(250)
                .build());
        driver.post(SampleEvents.jobLoss()
                .setStatus(JobLossStatus.CONFIRMED)
                .setJobs(180)
                .build());

        final Measures measures = driver.sectorTotals().get("E09000018|H").measures();
        assertThat(measures.jobsAtRisk()).isZero();
        assertThat(measures.jobsLost()).isEqualTo(180);
        assertThat(measures.netJobChange()).isEqualTo(-180);
    }

    @Test
    void movesACorrectionToItsNewPlaceSectorAndWeek() {
        driver.post(SampleEvents.jobLoss().build());
        final JobLossEvent moved = SampleEvents.jobLoss()
                .setPlace(SampleEvents.BRADFORD)
                .setSicCode(null)
                .setSector(SicSection.I)
                .setOccurredOn(LocalDate.of(2021, 1, 6))
                .build();
        driver.post(moved);

        assertThat(driver.sectorTotals()).containsOnlyKeys("E08000032|I");
        assertThat(driver.sectorWeeks()).containsOnlyKeys("E08000032|I|2021-01-04");
        // From London's week to Yorkshire and The Humber's.
        assertThat(driver.regionSectors()).containsOnlyKeys("TLE|I");
        assertThat(driver.regionWeeks()).containsOnlyKeys("TLE|2021-01-04");
        assertViewsAre(List.of(moved));
    }

    @Test
    void movesACorrectionToAnotherWeekOfTheSameSector() {
        driver.post(SampleEvents.jobLoss().build());
        driver.post(
                SampleEvents.jobLoss().setOccurredOn(LocalDate.of(2020, 4, 20)).build());

        assertThat(driver.sectorWeeks()).containsOnlyKeys("E09000018|H|2020-04-20");
        assertThat(driver.sectorTotals().get("E09000018|H").measures().events()).isEqualTo(1);
    }

    @Test
    void removesARetractedEventAndTheViewsItLeavesEmpty() {
        driver.post(SampleEvents.jobLoss().build());
        driver.post(SampleEvents.jobLoss().setEventId("hr1-0002").setJobs(40).build());

        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001");
        assertThat(driver.sectorTotals().get("E09000018|H").measures().jobsAtRisk())
                .isEqualTo(40);

        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0002");
        assertThat(driver.sectorTotals()).isEmpty();
        assertThat(driver.sectorWeeks()).isEmpty();
        assertThat(driver.regionSectors()).isEmpty();
        assertThat(driver.regionWeeks()).isEmpty();
    }

    @Test
    void changesNothingOnDuplicatesAndRetractionsOfUnknownEvents() {
        final JobLossEvent event = SampleEvents.jobLoss().build();
        driver.post(event);
        driver.post(event);
        driver.post(event);
        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "never-posted");

        assertViewsAre(List.of(event));
    }

    @Test
    void keepsKindsAndPartnersApartEvenWithTheSameEventId() {
        final JobLossEvent jobLoss =
                SampleEvents.jobLoss().setEventId("same-id").build();
        final var support = SampleEvents.businessSupport()
                .setEventId("same-id")
                .setPartner("hounslow-council")
                .setPlace(SampleEvents.HOUNSLOW)
                .build();
        final JobLossEvent national = SampleEvents.jobLoss()
                .setEventId("same-id")
                .setPartner("uk-recovery-observatory")
                .setJobs(7)
                .build();
        driver.post(jobLoss);
        driver.post(support);
        driver.post(national);

        driver.retract(EventKind.BUSINESS_SUPPORT, "hounslow-council", "same-id");

        assertViewsAre(List.of(jobLoss, national));
    }

    @Test
    void countsEveryKindByTheContractsMeasures() {
        final var support = SampleEvents.businessSupport()
                .setPlace(SampleEvents.HOUNSLOW)
                .setPartner("hounslow-council")
                .setSicCode("51.10")
                .build();
        final var green = SampleEvents.greenEconomy()
                .setPlace(SampleEvents.HOUNSLOW)
                .setPartner("hounslow-council")
                .setSector(SicSection.H)
                .build();
        driver.post(SampleEvents.jobLoss().setStatus(JobLossStatus.CONFIRMED).build());
        driver.post(support);
        driver.post(green);

        final Measures measures = driver.sectorTotals().get("E09000018|H").measures();
        assertThat(measures).isEqualTo(new Measures(0, 250, 8, 2 + 40, 40, 2_500_000, 120_000_000, 3));
        assertThat(measures.netJobChange()).isEqualTo(42 - 250);
    }

    @Test
    void stampsAViewWithItsLastChange() {
        driver.post(SampleEvents.jobLoss().build(), Instant.parse("2024-06-03T10:00:00Z"));
        driver.post(SampleEvents.jobLoss().setEventId("hr1-0002").build(), Instant.parse("2024-06-04T12:30:00Z"));

        assertThat(driver.sectorTotals().get("E09000018|H").lastUpdated())
                .isEqualTo(Instant.parse("2024-06-04T12:30:00Z").toEpochMilli());
    }

    @Test
    void keepsTheTimeOfARetractionThatEmptiesAWeekOfASectorForTheTotalsDerivedAtTheNextStart() {
        driver.post(SampleEvents.jobLoss().build(), Instant.parse("2024-06-03T09:00:00Z"));
        postInAnotherWeek(Instant.parse("2024-06-03T09:30:00Z"));

        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0002");

        final long retracted = Instant.parse("2024-06-03T11:00:00Z").toEpochMilli();
        assertThat(driver.sectorWeeks()).containsOnlyKeys("E09000018|H|2020-04-13");
        assertThat(driver.weekViews()).containsEntry("E09000018|H|2020-05-04", new WeekView(Measures.NONE, retracted));
        final SectorView kept = driver.sectorTotals().get("E09000018|H");
        assertThat(kept.lastUpdated()).isEqualTo(retracted);

        driver.rebuildDerivedViews();
        assertThat(driver.sectorTotals()).containsExactly(Map.entry("E09000018|H", kept));
        assertThat(driver.regionWeeks()).containsOnlyKeys("TLI|2020-04-13");
    }

    @Test
    void forgetsTheWeeksOfASectorOnceItsLastEventIsGone() {
        driver.post(SampleEvents.jobLoss().build());
        postInAnotherWeek(Instant.parse("2024-06-03T10:00:00Z"));

        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0002");
        driver.retract(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001");

        assertThat(driver.weekViews()).isEmpty();
        assertThat(driver.sectorTotals()).isEmpty();
    }

    @Test
    void takesTheLastChangeOfASectorUnchangedSinceAnUpgradeFromTheTotalsTheEarlierReleaseKept() {
        // What a release whose weeks had no times leaves: weeks of measures alone, totals of their own.
        final Measures measures = new Measures(250, 0, 0, 0, 0, 0, 0, 1);
        final long beforeUpgrade = Instant.parse("2024-05-01T08:00:00Z").toEpochMilli();
        driver.weekViewsStore().put("E09000018|H|2020-04-13", WeekView.withoutTime(measures));
        driver.legacySectorTotals().put("E09000018|H", new SectorView(measures, beforeUpgrade));

        driver.rebuildDerivedViews();

        assertThat(driver.sectorTotals())
                .containsExactly(Map.entry("E09000018|H", new SectorView(measures, beforeUpgrade)));
        assertThat(driver.regionSectors()).containsExactly(Map.entry("TLI|H", measures));

        postInAnotherWeek(Instant.parse("2024-06-03T09:30:00Z"));
        driver.rebuildDerivedViews();
        assertThat(driver.sectorTotals().get("E09000018|H").lastUpdated())
                .isEqualTo(Instant.parse("2024-06-03T09:30:00Z").toEpochMilli());
    }

    @Test
    void sendsGarbageToTheDeadLetterTopicWithItsOriginAndChangeNothing() {
        driver.post(SampleEvents.jobLoss().build());

        driver.pipeRaw(EventKind.JOB_LOSS, "hounslow-council/garbage", "not avro".getBytes(StandardCharsets.UTF_8));

        final TestRecord<String, byte[]> deadLetter = driver.deadLetters().readRecord();
        assertThat(deadLetter.key()).isEqualTo("hounslow-council/garbage");
        assertThat(deadLetter.value()).isEqualTo("not avro".getBytes(StandardCharsets.UTF_8));
        final Map<String, String> headers = headers(deadLetter);
        assertThat(headers)
                .containsEntry(DeadLetters.SOURCE_TOPIC, "recovery.job-loss.v1")
                .containsEntry(DeadLetters.SOURCE_PARTITION, "0")
                .containsEntry(DeadLetters.SOURCE_OFFSET, "1");
        assertThat(headers.get(DeadLetters.REASON)).startsWith("undecodable");
        assertViewsAre(List.of(SampleEvents.jobLoss().build()));
    }

    @Test
    void sendsARecordOfAnotherSchemaToTheDeadLetterTopic() {
        driver.pipeRaw(
                EventKind.JOB_LOSS,
                "belfast-city-council/grant-0001",
                ViewsDriver.encode(SampleEvents.businessSupport().build()));

        assertThat(headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .startsWith("undecodable");
        assertThat(driver.sectorTotals()).isEmpty();
    }

    @Test
    void sendsAnEventThatBreaksTheRulesToTheDeadLetterTopicAndKeepItsLastValidVersion() {
        final JobLossEvent valid = SampleEvents.jobLoss().build();
        driver.post(valid);

        driver.post(SampleEvents.jobLoss().setJobs(-5).setPlace("E09000099").build());

        assertThat(headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .isEqualTo(
                        "invalid: place E09000099 is not a known UK local authority district code: the reference data has"
                                + " every district code live since 2019-01-01; "
                                + "jobs must be between 1 and 100000, but was -5");
        assertViewsAre(List.of(valid));
    }

    @Test
    void sendsAnEventWhoseKeyIsNotItsIdentityToTheDeadLetterTopic() {
        driver.pipeRaw(
                EventKind.JOB_LOSS,
                "bradford-council/hr1-0001",
                ViewsDriver.encode(SampleEvents.jobLoss().build()));
        driver.pipeRaw(
                EventKind.JOB_LOSS,
                "no-separator",
                ViewsDriver.encode(SampleEvents.jobLoss().build()));
        driver.pipeRaw(EventKind.JOB_LOSS, null, null);

        assertThat(driver.deadLetters().readRecordsToList())
                .extracting(record -> headers(record).get(DeadLetters.REASON))
                .containsExactly(
                        "the key is bradford-council/hr1-0001 but the event is hounslow-council/hr1-0001",
                        "bad key: key 'no-separator' is not {partner}/{eventId}",
                        "bad key: the record has no key; expected {partner}/{eventId}");
        assertThat(driver.sectorTotals()).isEmpty();
    }

    @Test
    void deadLettersAValidKeyWhoseEventNamesAnInvalidPartnerAndKeepCounting() {
        final JobLossEvent valid = SampleEvents.jobLoss().build();
        final JobLossEvent badPartner =
                SampleEvents.jobLoss().setPartner("not a partner!").build();

        driver.pipeRaw(EventKind.JOB_LOSS, "hounslow-council/hr1-0001", ViewsDriver.encode(badPartner));
        driver.post(valid);

        assertThat(headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .startsWith("the event's identity is not valid: partner id must be");
        assertViewsAre(List.of(valid));
    }

    @Test
    void deadLettersAValueWhoseLengthPrefixClaimsGigabytesWithoutAllocatingThem() {
        final byte[] hostile = HostileValues.stringLengthClaimingGigabytes(
                ViewsDriver.encode(SampleEvents.jobLoss().build()));

        driver.pipeRaw(EventKind.JOB_LOSS, "hounslow-council/huge", hostile);

        assertThat(headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .startsWith("undecodable")
                .contains("exceeds maximum allowed");
        assertThat(driver.sectorTotals()).isEmpty();
    }

    @Test
    void deadLettersAHugeValueAsATruncatedCopyWithTheOriginalsDigest() throws Exception {
        final byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');

        driver.pipeRaw(EventKind.JOB_LOSS, "hounslow-council/huge", huge);

        final TestRecord<String, byte[]> deadLetter = driver.deadLetters().readRecord();
        assertThat(deadLetter.value())
                .hasSize(DeadLetters.MAX_COPIED_VALUE_BYTES)
                .isEqualTo(Arrays.copyOf(huge, DeadLetters.MAX_COPIED_VALUE_BYTES));
        assertThat(headers(deadLetter))
                .containsEntry(DeadLetters.ORIGINAL_SIZE, Integer.toString(huge.length))
                .containsEntry(
                        DeadLetters.ORIGINAL_SHA256,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(huge)));
    }

    @Test
    void dropsOversizedHeadersFromADeadLetterAndSaySo() {
        final Headers oversized = new RecordHeaders().add("filler", new byte[256 * 1024]);

        driver.pipeRaw(
                EventKind.JOB_LOSS, "hounslow-council/garbage", "not avro".getBytes(StandardCharsets.UTF_8), oversized);

        final Map<String, String> headers = headers(driver.deadLetters().readRecord());
        assertThat(headers).doesNotContainKey("filler").containsEntry(DeadLetters.HEADERS_DROPPED, "true");
        assertThat(headers.get(DeadLetters.REASON)).startsWith("undecodable");
    }

    /** Hounslow's second job-loss event, in the week of 4 May 2020: Hounslow × H has two weeks. */
    private void postInAnotherWeek(Instant at) {
        driver.post(
                SampleEvents.jobLoss()
                        .setEventId("hr1-0002")
                        .setOccurredOn(LocalDate.of(2020, 5, 5))
                        .build(),
                at);
    }

    private void assertViewsAre(List<? extends SpecificRecord> liveEvents) {
        driver.assertViewsAre(liveEvents);
    }

    private static Map<String, String> headers(TestRecord<String, byte[]> record) {
        return ViewsDriver.headers(record);
    }
}
