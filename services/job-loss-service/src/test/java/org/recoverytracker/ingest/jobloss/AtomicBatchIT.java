package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;
import org.recoverytracker.schemas.EventKey;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A batch is one Kafka transaction: when it fails part-way, the records already written are
 * aborted, and a {@code read_committed} consumer (as the streams service is) sees none of them.
 */
@SpringBootTest(properties = "spring.config.import=classpath:recovery-local-partners.yml")
@EmbeddedKafka(
        bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class AtomicBatchIT {

    @Autowired
    private EventPublisher publisher;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void leavesNothingVisibleWhenABatchFailsPartWay() {
        final String bootstrap = broker.getBrokersAsString();
        Awaitility.await().until(() -> {
            try {
                publisher.publishAll(List.of());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        final long writtenBefore = CommittedRecords.writtenRecords(bootstrap, EventKind.JOB_LOSS.topic());
        // Enough events that the producer sends the first ones to the broker before the last fails.
        final List<KeyedEvent> batch = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            batch.add(new KeyedEvent(
                    new EventKey("hounslow-council", "atomic-" + i),
                    SampleEvents.jobLoss().setEventId("atomic-" + i).build()));
        }
        // A record of another kind can't be serialized for this topic: the batch fails on it.
        batch.add(new KeyedEvent(
                new EventKey("belfast-city-council", "grant-0001"),
                SampleEvents.businessSupport().build()));

        assertThatThrownBy(() -> publisher.publishAll(batch)).isInstanceOf(RuntimeException.class);

        assertThat(CommittedRecords.writtenRecords(bootstrap, EventKind.JOB_LOSS.topic()))
                .as("the first records reached the log before the batch failed")
                .isGreaterThan(writtenBefore);
        assertThat(CommittedRecords.committed(bootstrap, EventKind.JOB_LOSS.topic()))
                .extracting(record -> record.key())
                .noneMatch(key -> key.startsWith("hounslow-council/atomic-"));
    }
}
