package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.Topic;

/**
 * The chart refuses to change the partition count of existing topics: a key's next records would
 * go to another partition than its earlier ones, and readers would no longer see every version of
 * an event in order.
 *
 * <p>Only kafka.topics.currentPartitions is exercised here. The chart also looks the KafkaTopics up
 * in the cluster (Helm {@code lookup}), which returns nothing when rendering without a cluster, as
 * these tests do; that path can only be checked against a cluster with the Strimzi CRDs.
 */
class TopicPartitionsTest {

    @Test
    void changingThePartitionsOfExistingTopicsIsRefusedWithTheReasonAndTheWayToDoIt() {
        final String refusal = HelmChart.refusal(HelmChart.testValues("invalid-partitions-changed.yaml"));

        assertThat(refusal)
                .contains(
                        "kafka.topics.partitions is 12 but the topics have 6 partitions (kafka.topics.currentPartitions)")
                .contains("every version of an event must stay on one partition")
                .contains("create a new set of topics and replay the events into them");
    }

    @Test
    void theCurrentPartitionCountRendersAsDoesAnUnknownOne() {
        final Manifests same =
                HelmChart.render(List.of(HelmChart.PRODUCTION_VALUES), Map.of("kafka.topics.currentPartitions", 12));

        // Topics with a partition count of their own (the schemas and reference topics, read whole)
        // keep it whatever the events have
        assertThat(same.custom("KafkaTopic"))
                .filteredOn(topic -> RecoveryTopics.all().stream()
                        .noneMatch(own -> own.partitions() != null
                                && own.name().equals(topic.getMetadata().getName())))
                .isNotEmpty()
                .allSatisfy(topic -> assertThat(topic.getAdditionalProperties().get("spec"))
                        .asInstanceOf(MAP)
                        .containsEntry("partitions", 12));
        assertThat(HelmChart.renderProduction().custom("KafkaTopic")).isNotEmpty();
    }

    @Test
    void topicsWithAPartitionCountOfTheirOwnKeepItWhateverTheEventTopicsHave() {
        final Manifests manifests = HelmChart.render(
                List.of(HelmChart.PRODUCTION_VALUES),
                Map.of("kafka.topics.partitions", 8, "kafka.topics.currentPartitions", 8));

        final List<Topic<String, byte[]>> own = RecoveryTopics.all().stream()
                .filter(topic -> topic.partitions() != null)
                .toList();
        // Read whole by every views instance (or when a release is cut), so one partition each
        assertThat(own)
                .extracting(Topic::name)
                .contains(RecoveryTopics.RELEASE, RecoveryTopics.RELEASE_BASIS, RecoveryTopics.AREA);
        for (Topic<String, byte[]> topic : own) {
            assertThat(manifests
                            .custom("KafkaTopic", topic.name())
                            .getAdditionalProperties()
                            .get("spec"))
                    .as(topic.name())
                    .asInstanceOf(MAP)
                    .containsEntry("partitions", topic.partitions());
        }
    }
}
