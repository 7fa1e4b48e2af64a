package org.recoverytracker.views.open;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.views.releases.ReleaseStore;
import org.recoverytracker.views.topics.WholeTopic;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the two release topics. A release is written in one transaction — its figures,
 * the basis of the next release and, last, its header on both topics — so that it is seen whole
 * or not at all. Every instance writes with the same transactional id: a second instance cutting
 * at the same moment fences the first, whose release then fails instead of mixing with it.
 */
final class ReleaseTopics {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration READ_LIMIT = Duration.ofMinutes(1);

    private final Map<String, Object> producerProperties;
    private final WholeTopic basisTopic;

    /**
     * @param producerProperties the service's producer settings (connection, security)
     * @param consumerProperties the service's consumer settings (connection, security)
     * @param applicationId the streams' application id: the releases' transactional id is
     *                      {@code <applicationId>-releases}, one for every instance (cutting releases is one
     *                      writer's job at a time), under the prefix the streams' own transactions have
     */
    ReleaseTopics(
            Map<String, Object> producerProperties, Map<String, Object> consumerProperties, String applicationId) {
        this.producerProperties = new HashMap<>(producerProperties);
        this.producerProperties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationId + "-releases");
        this.producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producerProperties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        this.producerProperties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, RecoveryTopics.RELEASE_BASIS_MAX_BYTES);
        this.producerProperties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int)
                Duration.ofMinutes(5).toMillis());
        this.basisTopic = new WholeTopic(consumerProperties, RecoveryTopics.RELEASE_BASIS_MAX_BYTES);
    }

    /** What the latest release left for the next: the releases so far and the basis of each figure. */
    record State(List<Release> releases, Map<String, FigureBasis> basis) {}

    /** A release being written: its producer holds the transaction, fencing any other writer. */
    final class Writing implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;

        private Writing() {
            producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());
            try {
                producer.initTransactions();
            } catch (RuntimeException e) {
                producer.close(Duration.ZERO);
                throw e;
            }
        }

        /**
         * Writes a release, the basis for the next, and the removal of the releases no longer kept.
         *
         * @param dropped the releases to remove, each with the keys of its figures
         */
        void write(
                Release release,
                Map<String, OpenCell> cells,
                Map<String, FigureBasis> basis,
                Collection<String> staleBasis,
                Map<Release, Collection<String>> dropped) {
            producer.beginTransaction();
            try {
                cells.forEach((scope, cell) -> send(
                        RecoveryTopics.RELEASE,
                        ReleaseStore.figureKey(release.id(), scope),
                        JSON.writeValueAsBytes(cell)));
                basis.forEach(
                        (scope, figure) -> send(RecoveryTopics.RELEASE_BASIS, scope, JSON.writeValueAsBytes(figure)));
                staleBasis.forEach(scope -> send(RecoveryTopics.RELEASE_BASIS, scope, null));
                dropped.forEach((old, keys) -> {
                    send(RecoveryTopics.RELEASE, ReleaseStore.headerKey(old.id()), null);
                    send(RecoveryTopics.RELEASE_BASIS, ReleaseStore.headerKey(old.id()), null);
                    keys.forEach(key -> send(RecoveryTopics.RELEASE, key, null));
                });
                final byte[] header = JSON.writeValueAsBytes(release);
                send(RecoveryTopics.RELEASE_BASIS, ReleaseStore.headerKey(release.id()), header);
                send(RecoveryTopics.RELEASE, ReleaseStore.headerKey(release.id()), header);
                producer.commitTransaction();
            } catch (RuntimeException e) {
                abort();
                throw e;
            }
        }

        private void send(String topic, String key, byte[] value) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }

        private void abort() {
            try {
                producer.abortTransaction();
            } catch (RuntimeException ignored) {
                // Fenced or failed: the transaction is aborted by the broker in any case.
            }
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(10));
        }
    }

    /** Starts writing a release: any earlier transaction of any instance is finished or aborted first. */
    Writing startWriting() {
        return new Writing();
    }

    /**
     * The state the latest committed release left, read whole from the compacted basis topic. Read
     * after {@link #startWriting()}, it includes every release committed before.
     */
    State readState() {
        final List<Release> releases = new ArrayList<>();
        final Map<String, FigureBasis> basis = new HashMap<>();
        basisTopic.read(RecoveryTopics.RELEASE_BASIS, READ_LIMIT, record -> take(record, releases, basis));
        releases.sort(Release.IN_ORDER);
        return new State(releases, basis);
    }

    private static void take(
            ConsumerRecord<String, byte[]> record, List<Release> releases, Map<String, FigureBasis> basis) {
        if (record.key() == null) {
            return;
        }
        if (record.key().startsWith(ReleaseStore.HEADER_PREFIX)) {
            final String id = record.key().substring(ReleaseStore.HEADER_PREFIX.length());
            releases.removeIf(release -> release.id().equals(id));
            if (record.value() != null) {
                releases.add(JSON.readValue(record.value(), Release.class));
            }
        } else if (record.value() == null) {
            basis.remove(record.key());
        } else {
            basis.put(record.key(), JSON.readValue(record.value(), FigureBasis.class));
        }
    }
}
