package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.testing.HostileValues;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.kafka.CommittedRecords;

/**
 * Records built to stall the views, on an event topic and on a partner topic of the running stack:
 * garbage, another kind's schema, a valid key whose value names an invalid partner, a value that
 * is 10 MB once decompressed (10 KB on the wire), an Avro length claiming 2 GB, and 256 KB of
 * headers. Each is dead-lettered (the huge one as a truncated copy with the original's size and
 * SHA-256), a valid event posted after each shows within seconds, no stream thread fails, and the
 * views hold exactly the valid events.
 */
class PoisonRecordsIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final String HOUNSLOW = "E09000018";
    private static final EventCodec<JobLossEvent> JOB_LOSSES = EventCodec.of(JobLossEvent.class);

    private int validEvents;

    @Test
    void everyPoisonOnAnEventTopicOrAPartnerTopicIsDeadLetteredWhileTheViewsKeepMoving() throws Exception {
        final List<String> topics = List.of(
                EventKind.JOB_LOSS.topic(), new PartnerTopic(LocalPartner.HOUNSLOW.id(), EventKind.JOB_LOSS).name());
        try (KafkaProducer<String, byte[]> producer = poisoner()) {
            for (String topic : topics) {
                int n = 0;
                for (ProducerRecord<String, byte[]> poison : poisons(topic)) {
                    producer.send(poison).get(30, TimeUnit.SECONDS);
                    postAValidEventAndSeeItCounted("after-" + n++ + "-on-" + topic);
                }
            }
        }

        final List<ConsumerRecord<String, byte[]>> deadLetters =
                CommittedRecords.committed(bootstrap(), RecoveryTopics.DEAD_LETTER);
        for (String topic : topics) {
            assertThat(deadLetters)
                    .filteredOn(record -> topic.equals(CommittedRecords.header(record, "recovery.source.topic")))
                    .as(topic)
                    .hasSize(6);
        }
        final byte[] huge = new byte[TEN_MEGABYTES];
        final String hugeDigest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(huge));
        assertThat(deadLetters)
                .filteredOn(record -> record.key().endsWith("/huge"))
                .hasSize(2)
                .allSatisfy(record -> {
                    assertThat(record.value()).hasSize(64 * 1024);
                    assertThat(CommittedRecords.header(record, "recovery.dead-letter.original-size"))
                            .isEqualTo(Integer.toString(TEN_MEGABYTES));
                    assertThat(CommittedRecords.header(record, "recovery.dead-letter.original-sha256"))
                            .isEqualTo(hugeDigest);
                });
        assertThat(deadLetters)
                .filteredOn(record -> record.key().endsWith("/headers"))
                .hasSize(2)
                .allSatisfy(
                        record -> assertThat(CommittedRecords.header(record, "recovery.dead-letter.headers-dropped"))
                                .isEqualTo("true"));

        assertThat(SYSTEM.stack().deadProcess()).isEmpty();
        assertThat(Files.readString(SYSTEM.stack().streams().log())).doesNotContain("A stream thread failed");
        assertThat(Http.get(SYSTEM.stack().streams().baseUrl() + "/v1/places/" + HOUNSLOW)
                        .json()
                        .get("events")
                        .asLong())
                .isEqualTo(validEvents);
    }

    private void postAValidEventAndSeeItCounted(String eventId) {
        final IngestClient jobLosses =
                new IngestClient(SYSTEM.stack().jobLoss().baseUrl(), EventKind.JOB_LOSS.resourcePath());
        assertThat(jobLosses.put(LocalPartner.HOUNSLOW.key(), eventId, """
                {"place": "E09000018", "sector": "H", "occurredOn": "2021-01-04",
                 "employer": {"name": "Airline Ltd"}, "jobs": 10, "status": "PROPOSED"}""").status())
                .isEqualTo(202);
        validEvents++;
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(Http.get(SYSTEM.stack().streams().baseUrl() + "/v1/places/" + HOUNSLOW)
                                        .json()
                                        .get("events")
                                        .asLong())
                                .isEqualTo(validEvents));
    }

    private static List<ProducerRecord<String, byte[]>> poisons(String topic) {
        final String partner = LocalPartner.HOUNSLOW.id();
        final byte[] valid = JOB_LOSSES.encode(jobLoss(partner, "valid"));
        final List<ProducerRecord<String, byte[]>> poisons = new ArrayList<>();
        poisons.add(new ProducerRecord<>(topic, partner + "/garbage", "not an event".getBytes(StandardCharsets.UTF_8)));
        poisons.add(new ProducerRecord<>(
                topic,
                partner + "/support",
                EventCodec.of(BusinessSupportEvent.class).encode(support(partner))));
        poisons.add(new ProducerRecord<>(
                topic, partner + "/bad-partner", JOB_LOSSES.encode(jobLoss("not a partner!", "bad-partner"))));
        poisons.add(new ProducerRecord<>(topic, partner + "/huge", new byte[TEN_MEGABYTES]));
        poisons.add(new ProducerRecord<>(
                topic, partner + "/gigabytes", HostileValues.stringLengthClaimingGigabytes(valid)));
        poisons.add(new ProducerRecord<>(
                topic,
                null,
                partner + "/headers",
                "still not an event".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders().add("filler", new byte[256 * 1024])));
        return poisons;
    }

    /** Compresses with gzip, so 10 MB of zeros is about 10 KB on the wire, well inside the broker's limit. */
    private static KafkaProducer<String, byte[]> poisoner() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "gzip",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        2 * TEN_MEGABYTES,
                        ProducerConfig.BUFFER_MEMORY_CONFIG,
                        4L * TEN_MEGABYTES),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static JobLossEvent jobLoss(String partner, String eventId) {
        return SampleEvents.jobLoss().setPartner(partner).setEventId(eventId).build();
    }

    private static BusinessSupportEvent support(String partner) {
        return SampleEvents.businessSupport()
                .setPartner(partner)
                .setEventId("support")
                .setPlace(HOUNSLOW)
                .build();
    }

    private static String bootstrap() {
        return SYSTEM.stack().broker().bootstrapServers();
    }
}
