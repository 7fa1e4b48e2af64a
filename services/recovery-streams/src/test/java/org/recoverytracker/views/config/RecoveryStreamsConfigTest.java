package org.recoverytracker.views.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.errors.TopologyException;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;
import org.recoverytracker.partners.PartnerRegistry;
import org.recoverytracker.views.topology.EventTopicPartitions;
import org.recoverytracker.views.topology.RecoveryTopology;
import org.recoverytracker.views.topology.TopologyMetrics;

class RecoveryStreamsConfigTest {

    private static final StreamsSettings SETTINGS = settings();

    private static StreamsSettings settings() {
        return settings(StreamsConfig.EXACTLY_ONCE_V2);
    }

    private static StreamsSettings settings(String processingGuarantee) {
        return new StreamsSettings(
                "config-test",
                "localhost:8080",
                null,
                0,
                -1,
                1,
                processingGuarantee,
                Duration.ofMillis(100),
                6,
                Duration.ofSeconds(10),
                null);
    }

    private static StreamsBuilder builderWithTheApplicationsConfig() {
        final Properties config = new Properties();
        config.putAll(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092")));
        return new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
    }

    @Test
    void buildsTheViewsTopologyWithEveryInternalResourceNamed() {
        final StreamsBuilder builder = builderWithTheApplicationsConfig();
        RecoveryTopology.build(
                builder, new PartnerRegistry(List.of()), EventTopicPartitions.ONE, null, TopologyMetrics.NONE);

        assertThatCode(builder::build).doesNotThrowAnyException();
    }

    @Test
    void holdsStoreWritesUntilTheirTransactionCommitsAndAnswersFromCommittedStateUnderExactlyOnce() {
        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092")))
                .containsEntry(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG, true)
                .containsEntry(StreamsConfig.DEFAULT_INTERACTIVE_QUERY_ISOLATION_LEVEL_CONFIG, "READ_COMMITTED");
        assertThat(RecoveryStreamsConfig.of(
                        settings(StreamsConfig.AT_LEAST_ONCE), Map.of("bootstrap.servers", "unused:9092")))
                .doesNotContainKeys(
                        StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG,
                        StreamsConfig.DEFAULT_INTERACTIVE_QUERY_ISOLATION_LEVEL_CONFIG);
    }

    @Test
    void compressesWhatItWritesUnlessConfiguredOtherwise() {
        final String compression = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);

        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092")))
                .containsEntry(compression, "lz4");
        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092", compression, "zstd")))
                .containsEntry(compression, "zstd");
    }

    @Test
    void batchesWhatItWritesInLargerBatchesUnlessConfiguredOtherwise() {
        final String batchSize = StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);

        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092")))
                .containsEntry(batchSize, 262_144);
        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092", batchSize, 65_536)))
                .containsEntry(batchSize, 65_536);
    }

    @Test
    void neverWaitsForAnEmptyInputPartitionUnlessConfiguredOtherwise() {
        final String idling = StreamsConfig.MAX_TASK_IDLE_MS_CONFIG;

        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092")))
                .containsEntry(idling, -1L);
        assertThat(RecoveryStreamsConfig.of(SETTINGS, Map.of("bootstrap.servers", "unused:9092", idling, 0L)))
                .containsEntry(idling, 0L);
    }

    @Test
    void refusesATopologyWithAnUnnamedStore() {
        final StreamsBuilder builder = builderWithTheApplicationsConfig();
        builder.stream("some-topic", Consumed.with(Serdes.String(), Serdes.String()))
                .groupByKey()
                .count();

        assertThatThrownBy(builder::build).isInstanceOf(TopologyException.class);
    }
}
