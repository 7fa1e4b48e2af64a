package org.recoverytracker.views.areas;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.recoverytracker.schemas.RecoveryTopics;

/**
 * Every area partners have defined, on every instance: a global store fed from
 * {@code recovery.areas.v1}. Global, because an area's members are spread over every partition of
 * the place views, and every instance answers questions about any area. In memory: areas are few
 * and small, and the store is rebuilt from the compacted topic at each start, through
 * {@link AreaStoreUpdater} (Kafka Streams replays a global store's topic through its processor),
 * so that a record that was skipped stays skipped.
 */
public final class AreaStore {

    /** Per areaId: the area's record as it is on the topic (Avro single-object encoding). */
    public static final String NAME = "recovery-areas";

    static final String SOURCE = "recovery-areas-topic";

    private AreaStore() {}

    /** Adds the store and what keeps it to the topology. */
    public static void addTo(StreamsBuilder builder, AreaMetrics metrics) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(NAME), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(),
                RecoveryTopics.AREA,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(SOURCE),
                () -> new AreaStoreUpdater(metrics));
    }
}
