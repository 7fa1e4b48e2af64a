package org.recoverytracker.views.baselines;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.views.globalstores.BoundedLoader;

/**
 * Every baseline, on every instance: a global store fed from {@code recovery.baselines.v1} (some
 * thousands of small records per dataset), read whole when an index is asked for. In memory, and
 * rebuilt from the compacted topic at each start, as global stores are.
 *
 * <p>Values are kept as the topic's bytes and decoded when a table is built ({@link BaselineTables}),
 * which skips what it can't decode: decoding every record once more at each start (the loader also
 * runs when the store is rebuilt from its topic) would buy nothing, as a table is built from the
 * whole store anyway. The loader only keeps out what is obviously not a baseline (no key, or a value
 * larger than any baseline), so the store stays bounded.
 */
public final class BaselineStore {

    /** The store's name, for interactive queries. */
    public static final String NAME = "recovery-baselines";

    /** A baseline's key is a partner and an id, each bounded by the reference service. */
    static final int MAX_KEY_LENGTH = 512;

    /** A baseline is well under 2 KB; a value over this is not one. */
    static final int MAX_VALUE_BYTES = 16 * 1024;

    private BaselineStore() {}

    /** Adds the global store and its loader to the topology. */
    public static void addTo(StreamsBuilder builder) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(NAME), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(),
                RecoveryTopics.BASELINE,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("baselines"),
                () -> new BoundedLoader(NAME, MAX_KEY_LENGTH, MAX_VALUE_BYTES));
    }
}
