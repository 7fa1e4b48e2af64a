package org.recoverytracker.views.baselines;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.recoverytracker.schemas.RecoveryTopics;

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
                Loader::new);
    }

    /** Puts each baseline in the store under its key; a tombstone removes it. */
    static final class Loader implements Processor<String, byte[], Void, Void> {

        private KeyValueStore<String, byte[]> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(NAME);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            if (record.key() == null) {
                return;
            }
            if (record.value() == null) {
                store.delete(record.key());
            } else if (record.value().length <= MAX_VALUE_BYTES) {
                store.put(record.key(), record.value());
            }
        }
    }
}
