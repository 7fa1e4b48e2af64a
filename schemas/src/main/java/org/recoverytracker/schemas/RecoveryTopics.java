package org.recoverytracker.schemas;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics Recovery Tracker owns and how they are created when missing: the three event topics
 * (named by {@link EventKind#topic()}) and the dead-letter topic.
 *
 * <p>The event topics are the system of record: every view must be rebuildable from them from
 * scratch. They are therefore compacted, never deleted by age: compaction keeps the latest
 * version of every event identity for ever, and a retraction's tombstone for a week, so that a
 * consumer that is up to a week behind still sees the retraction. Earlier versions of an event
 * (its corrections) are kept for at least a week too, for audit, before compaction may drop them.
 */
public final class RecoveryTopics {

    public static final String DEAD_LETTER = "recovery.dead-letter.v1";

    private static final String WEEK_MS = Long.toString(Duration.ofDays(7).toMillis());

    private RecoveryTopics() {
    }

    /**
     * How a topic is laid out on the cluster.
     *
     * @param partitions partitions; events of one identity always share one
     * @param replicationFactor replicas of each partition, or null for the broker's default
     * @param minInsyncReplicas replicas that must have a write before it is acknowledged, or null
     *                          for the broker's default
     */
    public record Layout(int partitions, Short replicationFactor, Integer minInsyncReplicas) {
    }

    /** Topic configuration of the three event topics. */
    public static Map<String, String> eventTopicConfig() {
        return Map.of(
                "cleanup.policy", "compact",
                "retention.ms", "-1",
                "delete.retention.ms", WEEK_MS,
                "min.compaction.lag.ms", WEEK_MS);
    }

    /**
     * Topic configuration of the dead-letter topic: records there are kept for 30 days, long
     * enough for a partner to be told and to resend a fixed version.
     */
    public static Map<String, String> deadLetterTopicConfig() {
        return Map.of(
                "cleanup.policy", "delete",
                "retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
    }

    public static NewTopic eventTopic(EventKind kind, Layout layout) {
        return newTopic(kind.topic(), layout, eventTopicConfig());
    }

    public static NewTopic deadLetterTopic(Layout layout) {
        return newTopic(DEAD_LETTER, layout, deadLetterTopicConfig());
    }

    private static NewTopic newTopic(String name, Layout layout, Map<String, String> config) {
        final Map<String, String> configs = new HashMap<>(config);
        if (layout.minInsyncReplicas() != null) {
            configs.put("min.insync.replicas", layout.minInsyncReplicas().toString());
        }
        return new NewTopic(name, Optional.of(layout.partitions()), Optional.ofNullable(layout.replicationFactor()))
                .configs(configs);
    }
}
