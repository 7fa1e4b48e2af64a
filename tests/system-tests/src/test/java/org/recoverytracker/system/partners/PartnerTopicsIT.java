package org.recoverytracker.system.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.kafka.CommittedRecords;

/**
 * Partners with Kafka access write their own partner topics; on the local stack the views service's
 * gate passes only a partner's own events for its own places to the event topics, and dead-letters
 * the rest with the reason.
 */
class PartnerTopicsIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    private static final EventCodec<JobLossEvent> JOB_LOSSES = EventCodec.of(JobLossEvent.class);
    private static final String HOUNSLOW_TOPIC =
            new PartnerTopic(LocalPartner.HOUNSLOW.id(), EventKind.JOB_LOSS).name();

    @Test
    void theLocalStackCreatesEveryLocalPartnersTopics() throws Exception {
        final Set<String> expected = Arrays.stream(LocalPartner.values())
                .flatMap(partner -> PartnerTopic.of(partner.id()).values().stream())
                .map(PartnerTopic::name)
                .collect(Collectors.toSet());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsAll(expected);
        }
        assertThat(expected).hasSize(12).contains("recovery.partner.hounslow-council.job-loss.v1");
    }

    @Test
    void theGatePassesOnlyAPartnersOwnEventsForItsOwnPlaces() throws Exception {
        final String views = SYSTEM.stack().streams().baseUrl();
        final IngestClient jobLosses =
                new IngestClient(SYSTEM.stack().jobLoss().baseUrl(), EventKind.JOB_LOSS.resourcePath());
        assertThat(jobLosses
                        .put(LocalPartner.BRADFORD.key(), "hr1-bradford", """
                {"place": "E08000032", "sector": "C", "occurredOn": "2021-03-01",
                 "employer": {"name": "Mill Ltd"}, "jobs": 40, "status": "CONFIRMED"}""")
                        .status())
                .isEqualTo(202);

        final Instant before = Instant.now();
        produce("hounslow-council/hr1-kafka", event("hounslow-council", "hr1-kafka", "E09000018"));
        produce("hounslow-council/hr1-belfast", event("hounslow-council", "hr1-belfast", "N09000003"));
        produce("bradford-council/hr1-forged", event("bradford-council", "hr1-forged", "E08000032"));
        produce("bradford-council/hr1-bradford", null);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(Http.get(views + "/v1/places/E09000018")
                            .json()
                            .get("jobsAtRisk")
                            .asLong())
                    .isEqualTo(120);
            assertThat(Http.get(views + "/v1/places/E08000032")
                            .json()
                            .get("jobsLost")
                            .asLong())
                    .isEqualTo(40);
        });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deadLetterReasonsFrom(HOUNSLOW_TOPIC))
                        .containsExactlyInAnyOrder(
                                "partner hounslow-council may not write for place N09000003",
                                "the event's partner is bradford-council, not the topic's, hounslow-council",
                                "the key's partner is bradford-council, not the topic's, hounslow-council"));
        assertThat(Http.get(views + "/v1/places/N09000003").status()).isEqualTo(404);

        final ConsumerRecord<String, byte[]> passed = CommittedRecords.committed(
                        bootstrap(), EventKind.JOB_LOSS.topic(), "hounslow-council/hr1-kafka")
                .get(0);
        final Instant receivedAt = JOB_LOSSES.decode(passed.value()).getReceivedAt();
        assertThat(receivedAt).as("set by the gate, not the partner's 2031").isBetween(before, Instant.now());
        assertThat(passed.partition())
                .as("partitioned as the ingest services partition")
                .isEqualTo(
                        Utils.toPositive(Utils.murmur2(passed.key().getBytes(StandardCharsets.UTF_8))) % partitions());

        produce("hounslow-council/hr1-kafka", null);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                Http.get(views + "/v1/places/E09000018").status())
                        .isEqualTo(404));
    }

    @Test
    void aRecordOnAnotherPartitionThanItsKeysIsDeadLetteredAndCountsNowhere() throws Exception {
        final String key = "uk-recovery-observatory/hr1-misplaced";
        final int home = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions();

        CommittedRecords.produce(
                bootstrap(),
                EventKind.JOB_LOSS.topic(),
                (home + 1) % partitions(),
                key,
                event("uk-recovery-observatory", "hr1-misplaced", "E06000001"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(deadLetterReasonsFrom(EventKind.JOB_LOSS.topic()))
                        .containsExactly("misplaced: on partition " + (home + 1) % partitions() + " of " + partitions()
                                + ", but its key belongs on partition " + home
                                + ", where the other versions of the event are"));
        assertThat(Http.get(SYSTEM.stack().streams().baseUrl() + "/v1/places/E06000001")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> deadLetterReasonsFrom(String topic) {
        return CommittedRecords.committed(bootstrap(), RecoveryTopics.DEAD_LETTER).stream()
                .filter(record -> topic.equals(CommittedRecords.header(record, "recovery.source.topic")))
                .map(record -> CommittedRecords.header(record, "recovery.dead-letter.reason"))
                .toList();
    }

    private static int partitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            return admin.describeTopics(List.of(EventKind.JOB_LOSS.topic()))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(EventKind.JOB_LOSS.topic())
                    .partitions()
                    .size();
        }
    }

    private static void produce(String key, byte[] value) {
        CommittedRecords.produce(bootstrap(), HOUNSLOW_TOPIC, key, value);
    }

    /** 120 jobs at risk, received (so the partner claims) in 2031. */
    private static byte[] event(String partner, String eventId, String place) {
        return JOB_LOSSES.encode(SampleEvents.jobLoss()
                .setPartner(partner)
                .setEventId(eventId)
                .setPlace(place)
                .setReceivedAt(Instant.parse("2031-01-01T00:00:00Z"))
                .setJobs(120)
                .build());
    }

    private static String bootstrap() {
        return SYSTEM.stack().broker().bootstrapServers();
    }
}
