package org.recoverytracker.schemas;

import java.time.Duration;
import java.util.Map;

/**
 * Names and settings of the topics outside the event kinds: see {@link EventKind#topic()} for
 * the three event topics.
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
}
