package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.LowCarbonActivity;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.kafka.CommittedRecords;

/**
 * Poison records produced straight to every event topic, interleaved with partners' good events:
 * all of them land in the dead-letter topic and the views stay exact. Then the whole history is
 * processed again from the beginning by a fresh application, which must arrive at identical views.
 */
class PoisonAndReplayIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    /** Poison records at the least, each of the three kinds several times, however fast the partners are. */
    private static final int MIN_POISON = 30;

    @Test
    void poisonIsAllDeadLetteredAndAReplayFromScratchGivesIdenticalViews() throws Exception {
        final Oracle oracle = new Oracle();
        final List<String> poisonKeys = new ArrayList<>();
        final AtomicBoolean poisoning = new AtomicBoolean(true);
        final Thread poisoner = new Thread(
                () -> {
                    final Random random = new Random(42);
                    int n = 0;
                    while (poisoning.get()) {
                        final EventKind kind = EventKind.values()[n % 3];
                        final String key = "uk-recovery-observatory/poison-" + n;
                        CommittedRecords.produce(
                                SYSTEM.stack().broker().bootstrapServers(), kind.topic(), key, poison(kind, n, random));
                        synchronized (poisonKeys) {
                            poisonKeys.add(key);
                        }
                        n++;
                        pause(150);
                    }
                },
                "poisoner");
        final ContinuousChecker readers;
        try (Workload partners = new Workload(SYSTEM.stack(), oracle, 3)) {
            readers = ContinuousChecker.ofAnyWorkload(SYSTEM.stack().streams().baseUrl(), oracle, 2);
            readers.phase("poisoning");
            poisoner.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                synchronized (poisonKeys) {
                    return partners.acknowledged() >= 300 && poisonKeys.size() >= MIN_POISON;
                }
            });
            poisoning.set(false);
            poisoner.join();
        }
        assertThat(poisonKeys).as("poison sent among the partners' writes").hasSizeGreaterThanOrEqualTo(MIN_POISON);

        readers.settleAndJudge("poison among the partners' writes");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(CommittedRecords.committed(
                                SYSTEM.stack().broker().bootstrapServers(), RecoveryTopics.DEAD_LETTER))
                        .extracting(ConsumerRecord::key)
                        .containsExactlyInAnyOrderElementsOf(poisonKeys));
        System.out.printf(
                "Poison: %d poison records all dead-lettered among %d acknowledged requests%n",
                poisonKeys.size(), oracle.liveEvents());

        final ServiceProcess replay =
                SYSTEM.stack().addStreamsInstance("--recovery.streams.application-id=recovery-streams-replay");
        ViewChecks.awaitViewsEqual(replay.baseUrl(), oracle, Duration.ofMinutes(2));
        // The gauges are refreshed every second, so they may trail the views by that much
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ViewSnapshot.of(replay.baseUrl()))
                        .isEqualTo(ViewSnapshot.of(SYSTEM.stack().streams().baseUrl())));
    }

    /** Garbage, a record of another kind's schema, or a decodable event that breaks a rule. */
    private static byte[] poison(EventKind kind, int n, Random random) {
        return switch (n % 4) {
            case 0 -> ("not an event " + random.nextInt()).getBytes(StandardCharsets.UTF_8);
            case 1 -> encode(kind == EventKind.JOB_LOSS ? greenEvent(n) : jobLossEvent(n, 10));
            case 2 ->
                encode(
                        switch (kind) {
                            case JOB_LOSS -> jobLossEvent(n, 0);
                            case BUSINESS_SUPPORT -> supportEvent(n, -1);
                            case GREEN_ECONOMY -> greenEvent(n);
                        });
            default -> new byte[0];
        };
    }

    private static JobLossEvent jobLossEvent(int n, int jobs) {
        return JobLossEvent.newBuilder()
                .setEventId("poison-" + n)
                .setPartner("uk-recovery-observatory")
                .setReceivedAt(Instant.now())
                .setPlace("E09000018")
                .setSicCode(null)
                .setSector(SicSection.H)
                .setOccurredOn(LocalDate.of(2021, 1, 4))
                .setEmployer(organisation())
                .setJobs(jobs)
                .setStatus(JobLossStatus.PROPOSED)
                .build();
    }

    private static BusinessSupportEvent supportEvent(int n, long amountPence) {
        return BusinessSupportEvent.newBuilder()
                .setEventId("poison-" + n)
                .setPartner("uk-recovery-observatory")
                .setReceivedAt(Instant.now())
                .setPlace("E09000018")
                .setSicCode(null)
                .setSector(SicSection.I)
                .setOccurredOn(LocalDate.of(2021, 1, 4))
                .setRecipient(organisation())
                .setProgramme("Grant")
                .setSupportType(SupportType.GRANT)
                .setAmountPence(amountPence)
                .setJobsSafeguarded(1)
                .setJobsCreated(1)
                .build();
    }

    /** A green event for a place that is not a district: breaks a rule of its own kind. */
    private static GreenEconomyEvent greenEvent(int n) {
        return GreenEconomyEvent.newBuilder()
                .setEventId("poison-" + n)
                .setPartner("uk-recovery-observatory")
                .setReceivedAt(Instant.now())
                .setPlace("E09000099")
                .setSicCode(null)
                .setSector(SicSection.D)
                .setOccurredOn(LocalDate.of(2021, 1, 4))
                .setOrganisation(organisation())
                .setActivity(LowCarbonActivity.LOW_CARBON_HEAT)
                .setJobsCreated(1)
                .setInvestmentPence(1)
                .build();
    }

    private static Organisation organisation() {
        return Organisation.newBuilder()
                .setName("Poison Ltd")
                .setCompanyNumber(null)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> byte[] encode(SpecificRecord event) {
        return EventCodec.of((Class<T>) event.getClass()).encode((T) event);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
