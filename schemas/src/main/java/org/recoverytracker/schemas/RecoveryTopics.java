package org.recoverytracker.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The catalogue of the topics Recovery Tracker owns: the three event topics (one per
 * {@link EventKind}), the dead-letter topic, the revision log, the writer schemas topic, the reference topics
 * (areas and baselines) and the open releases, each
 * with its serdes and configuration. Services, tools, the chart's tests and the contract tests
 * take names and settings from here.
 *
 * <p>Values are raw bytes on every topic: a reader decodes them itself, so that a record it can't
 * decode becomes a dead letter instead of an exception in a deserializer.
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

    /**
     * Records that can't be used, kept for 30 days: long enough for a partner to be told and to
     * resend a fixed version. Key and value are the original ones.
     */
    public static final Topic<String, byte[]> DEAD_LETTERS = new Topic<>(
            DEAD_LETTER,
            Serdes.String(),
            Serdes.ByteArray(),
            Map.of(
                    "cleanup.policy",
                    "delete",
                    "retention.ms",
                    Long.toString(Duration.ofDays(30).toMillis())));

    public static final String REVISION = "recovery.revisions.v1";

    /**
     * The revision log: every change of a place × sector × week view, before and after, with its
     * cause and the event version that caused it, written by the views service in the same
     * transaction as the change. Keyed by place, never compacted and kept for ever: it is the
     * history that as-of questions are answered from.
     */
    public static final Topic<String, byte[]> REVISIONS = new Topic<>(
            REVISION,
            Serdes.String(),
            Serdes.ByteArray(),
            Map.of(
                    "cleanup.policy", "delete",
                    "retention.ms", "-1",
                    "retention.bytes", "-1"));

    public static final String SCHEMA = "recovery.schemas.v1";

    /**
     * The Avro writer schemas the services write events with, keyed by fingerprint
     * ({@link PublishedSchemas}): published before a service writes with them, so that an instance
     * of an older build can read records of a newer compatible schema during a rolling upgrade.
     * Compacted and kept for ever; one partition, as it is tiny and always read whole.
     */
    public static final Topic<String, byte[]> SCHEMAS = new Topic<>(
            SCHEMA,
            Serdes.String(),
            Serdes.ByteArray(),
            Map.of(
                    "cleanup.policy", "compact",
                    "retention.ms", "-1"),
            1);

    public static final String AREA = "recovery.areas.v1";

    /**
     * Areas partners define (key: the areaId; value: an Avro {@code Area}, single-object encoded;
     * null removes the area), written by the reference service. Compacted and kept for ever: the
     * latest definition of every area is the state. One partition, so that every reader sees the
     * versions of all areas in one order, and so the first owner of an id is the same everywhere.
     */
    public static final Topic<String, byte[]> AREAS = referenceTopic(AREA);

    public static final String BASELINE = "recovery.baselines.v1";

    /**
     * Baselines such as BRES employees per place, sector and year (key: {@code partner/baselineId};
     * value: an Avro {@code Baseline}, single-object encoded; null removes it), written by the
     * reference service. Compacted and kept for ever; one partition, as every views instance reads
     * all of it (some thousands of small records per dataset).
     */
    public static final Topic<String, byte[]> BASELINES = referenceTopic(BASELINE);

    public static final String RELEASE = "recovery.releases.v1";

    /**
     * The open releases: every figure of every release of the disclosure-controlled open views
     * (key: {@code releaseId|scope…}; value: JSON), and a header per release written last, in the
     * same transaction, so that a release is seen whole or not at all. Compacted and kept for ever
     * (the views service removes releases older than it keeps); one partition, as every views
     * instance reads all of it into a global store.
     */
    public static final Topic<String, byte[]> RELEASES = new Topic<>(
            RELEASE,
            Serdes.String(),
            Serdes.ByteArray(),
            Map.of(
                    "cleanup.policy", "compact",
                    "retention.ms", "-1"),
            1);

    public static final String RELEASE_BASIS = "recovery.release-basis.v1";

    /** The largest record on the release basis topic: the basis of the UK's figures lists every organisation. */
    public static final int RELEASE_BASIS_MAX_BYTES = 8 * 1024 * 1024;

    /**
     * What the latest release's figures were worked out from (key: the figure's scope; value: each
     * measure's contributions per organisation, under a hash of the organisation, never its name):
     * the next release compares with it to tell which changes come from too few organisations.
     * Compacted, so only the latest basis of each figure is kept; read only when a release is cut.
     */
    public static final Topic<String, byte[]> RELEASE_BASES = new Topic<>(
            RELEASE_BASIS,
            Serdes.String(),
            Serdes.ByteArray(),
            Map.of(
                    "cleanup.policy",
                    "compact",
                    "retention.ms",
                    "-1",
                    "max.message.bytes",
                    Integer.toString(RELEASE_BASIS_MAX_BYTES)),
            1);

    private RecoveryTopics() {}

    private static Topic<String, byte[]> referenceTopic(String name) {
        return new Topic<>(
                name,
                Serdes.String(),
                Serdes.ByteArray(),
                Map.of(
                        "cleanup.policy",
                        "compact",
                        "retention.ms",
                        "-1",
                        "delete.retention.ms",
                        WEEK_MS,
                        "min.compaction.lag.ms",
                        WEEK_MS),
                1);
    }

    /** The event topic of a kind: key {@code partner/eventId}, value Avro single-object encoded, null retracts. */
    public static Topic<String, byte[]> events(EventKind kind) {
        return new Topic<>(
                kind.topic(),
                Serdes.String(),
                Serdes.ByteArray(),
                Map.of(
                        "cleanup.policy", "compact",
                        "retention.ms", "-1",
                        "delete.retention.ms", WEEK_MS,
                        "min.compaction.lag.ms", WEEK_MS,
                        // Knowledge time is when an event reached the system, never a time a producer chose:
                        // the broker stamps every record as it appends it.
                        "message.timestamp.type", "LogAppendTime"));
    }

    /** The names of the three event topics. */
    public static List<String> eventTopicNames() {
        return Arrays.stream(EventKind.values()).map(EventKind::topic).toList();
    }

    /** Every topic the project owns, as it is created when missing. */
    public static List<Topic<String, byte[]>> all() {
        final List<Topic<String, byte[]>> topics = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            topics.add(events(kind));
        }
        topics.add(DEAD_LETTERS);
        topics.add(REVISIONS);
        topics.add(SCHEMAS);
        topics.add(AREAS);
        topics.add(BASELINES);
        topics.add(RELEASES);
        topics.add(RELEASE_BASES);
        return List.copyOf(topics);
    }
}
