package org.recoverytracker.views.releases;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.views.globalstores.BoundedLoader;

/**
 * Every release of the open views ({@code views.open}), on every instance: a global store fed from
 * {@code recovery.releases.v1}, so that any instance answers the open views from its own disk,
 * even while the place views move between instances. Persistent (a year of daily releases is
 * more than memory should hold) and bounded: keys and values larger than a release writes are
 * left out.
 *
 * <p>Keys: {@code release|<id>} for a release's header ({@code Release}, written last in its
 * transaction) and {@code <id>|<scope key>} for each of its figures ({@code OpenCell}).
 */
public final class ReleaseStore {

    /** The store's name, for interactive queries. */
    public static final String NAME = "recovery-open-releases";

    /** The start of every release header's key. */
    public static final String HEADER_PREFIX = "release|";

    private static final char SEPARATOR = '|';

    /** A figure's key is a release id and a scope: well under this. */
    static final int MAX_KEY_LENGTH = 256;

    /** A figure is nine values and their flags: well under this. */
    static final int MAX_VALUE_BYTES = 16 * 1024;

    private ReleaseStore() {}

    /** Adds the global store and its loader to the topology. */
    public static void addTo(StreamsBuilder builder) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NAME), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(),
                RecoveryTopics.RELEASE,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("open-releases"),
                () -> new BoundedLoader(NAME, MAX_KEY_LENGTH, MAX_VALUE_BYTES));
    }

    public static String headerKey(String releaseId) {
        return HEADER_PREFIX + releaseId;
    }

    /** The key of a figure of a release; a prefix of figures' keys when {@code scopeKey} is one. */
    public static String figureKey(String releaseId, String scopeKey) {
        return releaseId + SEPARATOR + scopeKey;
    }
}
