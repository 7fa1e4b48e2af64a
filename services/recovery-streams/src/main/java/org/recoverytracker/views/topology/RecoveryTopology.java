package org.recoverytracker.views.topology;

import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.recoverytracker.partners.PartnerRegistry;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.views.areas.AreaStore;
import org.recoverytracker.views.baselines.BaselineStore;
import org.recoverytracker.views.releases.ReleaseStore;

/**
 * The topology that turns partners' events into live views.
 *
 * <pre>
 * partner topics ─▶ gate-partner-records ─┬─▶ (refused) ─▶ recovery.dead-letter.v1
 *  (by pattern)                             └─▶ (passed) ─▶ event topic of the kind
 *
 * event topics ─▶ decode-and-check ─┬─▶ (dead letters) ─▶ recovery.dead-letter.v1
 *  (3 kinds)                         └─▶ track-identities ─┬─▶ (would overflow a sum) ─▶ recovery.dead-letter.v1
 *                                        [event contributions] └─▶ recovery-place-deltas ─▶ update-views
 *                                                                    (by place)          [sector totals, sector weeks,
 *                                                                                         cell events, region sectors,
 *                                                                                         region weeks]
 *                                                                                           │
 *                                                                                           ▼
 *                                                                                 recovery.revisions.v1
 *
 * recovery.areas.v1 ─▶ [recovery-areas] (a global store: every instance holds every area)
 * recovery.releases.v1 ─▶ [recovery-open-releases] (a global store: every release of the open views)
 * </pre>
 *
 * Partners with Kafka access write their own topics; the gate checks each record as an ingest
 * service checks a request and forwards it to the event topics, which only Recovery Tracker
 * writes. The event topics' records are checked again all the same: the views trust no writer.
 *
 * Each event identity's current contribution is remembered, so a new version of an event reaches
 * the views as the difference from its previous one (the adder/subtractor of a table aggregation,
 * done once for all three kinds without repartitioning by identity). Changes are then
 * repartitioned by place, so that one task holds all of a place's views. Regions, the UK and the
 * list of places span places; they are summed at query time: the list from each task's place
 * views, regions and the UK from each task's region sectors and region weeks.
 */
public final class RecoveryTopology {

    private RecoveryTopology() {}

    /** Adds the topology to a builder: the application and its tests build it with this one method. */
    public static void build(
            StreamsBuilder builder,
            PartnerRegistry partners,
            EventTopicPartitions partitions,
            SchemaStore publishedSchemas,
            TopologyMetrics metrics) {
        AreaStore.addTo(builder, metrics);
        builder.addStateStore(Stores.keyValueStoreBuilder(
                PositionSnapshotStore.persistent(ViewStores.EVENT_CONTRIBUTIONS),
                Serdes.String(),
                ViewSerdes.trackedEvent()));
        // In memory: at most 361 x 21 keys, rewritten by every event and scanned whole by every
        // region, UK and place-list query. In RocksDB each scan walks past every overwritten version
        // still in the memtable (58% of a /v1/uk request's CPU, measured by tools/bench/run). Summed
        // from the week views when a task starts, so no changelog: the views' cost per event follows
        // the records they write (see tools/bench/README.md).
        builder.addStateStore(InMemoryObjectStore.<SectorView>builder(ViewStores.SECTOR_TOTALS));
        // Never written any more; restored, and read when a task starts, for what it alone knows.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(ViewStores.LEGACY_SECTOR_TOTALS),
                Serdes.String(),
                ViewSerdes.sectorView()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                PositionSnapshotStore.persistent(ViewStores.SECTOR_WEEKS), Serdes.String(), ViewSerdes.weekView()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                PositionSnapshotStore.persistent(ViewStores.CELL_EVENTS), Serdes.String(), ViewSerdes.contribution()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                PositionSnapshotStore.persistent(ViewStores.VIEW_HISTORY), Serdes.String(), ViewSerdes.revision()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                PositionSnapshotStore.persistent(ViewStores.RETAINED_HISTORY), Serdes.String(), Serdes.Long()));
        // Regions and the UK, kept per task as partial sums: without them each such query scanned
        // every place x sector (x week: 0.3 s at 300,000 events, and the page asks again every
        // 5 s). Rebuilt from the place views when a task starts, so no changelogs of their own.
        builder.addStateStore(InMemoryObjectStore.<Measures>builder(ViewStores.REGION_SECTORS));
        builder.addStateStore(InMemoryObjectStore.<Measures>builder(ViewStores.REGION_WEEKS));

        final KStream<String, DecodedEvent> decoded = builder.stream(
                        RecoveryTopics.eventTopicNames(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("recovery-events"))
                .processValues(
                        () -> new EventDecoder(partitions, publishedSchemas, metrics), Named.as("decode-and-check"));

        final KStream<String, byte[]> undecodable = decoded.filter(
                        (key, event) -> event.isDeadLetter(), Named.as("dead-letters"))
                .mapValues(DecodedEvent::value, Named.as("original-values"));

        final KStream<String, TrackedChange> tracked = decoded.filterNot(
                        (key, event) -> event.isDeadLetter(), Named.as("usable-events"))
                .process(
                        () -> new IdentityTracker(metrics),
                        Named.as("track-identities"),
                        ViewStores.EVENT_CONTRIBUTIONS);
        final KStream<String, byte[]> overflowing = tracked.filter(
                        (place, change) -> change.isDeadLetter(), Named.as("overflowing-events"))
                .mapValues(TrackedChange::deadLetter, Named.as("overflowing-values"));
        undecodable
                .merge(overflowing, Named.as("unusable-records"))
                .to(
                        RecoveryTopics.DEAD_LETTERS.name(),
                        Produced.with(RecoveryTopics.DEAD_LETTERS.keySerde(), RecoveryTopics.DEAD_LETTERS.valueSerde())
                                .withName("dead-letter-topic"));

        tracked.filterNot((place, change) -> change.isDeadLetter(), Named.as("view-changes"))
                .mapValues(TrackedChange::delta, Named.as("cell-deltas"))
                .repartition(Repartitioned.with(Serdes.String(), ViewSerdes.cellDelta())
                        .withName(ViewStores.PLACE_DELTAS))
                .process(
                        () -> new ViewUpdater(metrics),
                        Named.as("update-views"),
                        ViewStores.SECTOR_TOTALS,
                        ViewStores.LEGACY_SECTOR_TOTALS,
                        ViewStores.SECTOR_WEEKS,
                        ViewStores.CELL_EVENTS,
                        ViewStores.VIEW_HISTORY,
                        ViewStores.RETAINED_HISTORY,
                        ViewStores.REGION_SECTORS,
                        ViewStores.REGION_WEEKS)
                .to(
                        RecoveryTopics.REVISION,
                        Produced.with(Serdes.String(), RevisionSerde.serde()).withName("revision-log"));

        builder.stream(
                        PartnerTopic.PATTERN,
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("partner-topics"))
                .process(() -> new PartnerGate(partners, metrics), Named.as("gate-partner-records"))
                .to(
                        (key, gated, context) -> gated.topic(),
                        Produced.with(Serdes.String(), GatedRecord.valueOnlySerde())
                                .withName("event-or-dead-letter-topic"));

        BaselineStore.addTo(builder);
        ReleaseStore.addTo(builder);
    }
}
