package org.recoverytracker.views.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * A key-value store that keeps its values in memory as objects, for the views a task sums again
 * from its week views whenever it starts (the place × sector totals and the region sums), which
 * therefore have no changelog and nothing to serialise.
 *
 * <p>Kafka's own in-memory store holds bytes behind a metered layer: every event's read and
 * rewrite of a sum went through a serde and store metrics (a tenth of the stream thread's samples
 * in {@code tools/bench/run --profile}), and every region or UK query deserialised each sum again.
 * Here a read is a map lookup, for the stream thread and interactive queries alike: a read and
 * rewrite of one of 7,581 sums takes about 70 ns against Kafka's 560–930 ns.
 *
 * <p>Values are found by hash, and the keys are kept apart in order for the walks (every key, a
 * range, a prefix): an event rewrites a sum far more often than it adds or removes a key, and in a
 * sorted map the lookups alone took as many of the stream thread's samples as Kafka's store with
 * its serde. Keys are ordered as Kafka orders the bytes of ASCII strings, which every key of these
 * views is.
 *
 * <p><b>Transactions.</b> With Kafka Streams' transactional state stores on ({@code
 * enable.transactional.statestores}, which the service sets under exactly-once), the stream
 * thread's writes are held apart ({@link #held}) until its task commits ({@link #commit}), as
 * Kafka's own stores hold theirs: the stream thread reads its own writes, interactive queries at
 * {@code READ_COMMITTED} ({@link #readOnly}) read only what was committed, so that an answer never
 * shows writes of a transaction that is then aborted. An aborted task is closed, which empties the
 * store, and sums its week views again, which hold only committed changes. The sums a task derives
 * when it starts come from committed week views, so they are committed at once ({@link
 * #publishDerived}): the task may process nothing, and commit nothing, for a long time.
 *
 * <p>It is not a {@link KeyValueStore}, only a {@link ReadOnlyKeyValueStore} with writes of its own:
 * Kafka Streams hands a processor a key-value store behind a decorator that hides every other
 * method, and the processor needs {@link #publishDerived}. Interactive queries find it as a
 * key-value store all the same.
 *
 * <p>Interactive queries read it while the one stream thread of its task writes: the collections
 * are concurrent ({@link CommittedObjects}) and the values immutable.
 */
public final class InMemoryObjectStore<V> implements StateStore, ReadOnlyKeyValueStore<String, V> {

    /** A rough size of one held write, for Kafka Streams' bound on uncommitted bytes. */
    private static final long BYTES_PER_PENDING_WRITE = 160;

    private final String name;
    private final CommittedObjects<V> committed = new CommittedObjects<>();
    /** The keys written in the open transaction, each once. Empty when not transactional. */
    private final List<CommittedObjects.Slot<V>> held = new ArrayList<>();

    private volatile boolean open;
    private boolean transactional;

    private InMemoryObjectStore(String name) {
        this.name = name;
    }

    /** A builder of one such store per task, named {@code name}, without a changelog or a cache. */
    public static <V> StoreBuilder<InMemoryObjectStore<V>> builder(String name) {
        return new Builder<>(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        // Without a changelog there is nothing to restore: the task sums these views again, so
        // whatever an earlier run of the task left here, committed or not, goes.
        context.register(root, (key, value) -> {});
        held.clear();
        committed.clear();
        final Object configured = context.appConfigs().get(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG);
        transactional = configured instanceof Boolean on ? on : Boolean.parseBoolean(String.valueOf(configured));
        open = true;
    }

    /** The task committed: its held writes become what interactive queries read. */
    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        // Only the stream thread writes, and it is here: nothing is held meanwhile.
        held.forEach(committed::commitHeld);
        held.clear();
    }

    /**
     * Commits the writes so far, which the task derived from its committed week views when it
     * started: they are committed state already, whether or not the task commits soon.
     */
    public void publishDerived() {
        commit(Map.of());
    }

    @Override
    public long approximateNumUncommittedBytes() {
        return held.size() * BYTES_PER_PENDING_WRITE;
    }

    @Override
    public void close() {
        open = false;
        held.clear();
        committed.clear();
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /**
     * What others may read, at either isolation level: the committed values. The held writes are
     * the stream thread's own, kept without locks, and the service's interactive queries read at
     * {@code READ_COMMITTED} whenever writes are held (exactly-once); without transactional stores
     * every write is committed at once.
     */
    @Override
    public ReadOnlyKeyValueStore<String, V> readOnly(IsolationLevel isolationLevel) {
        return committed;
    }

    @Override
    public V get(String key) {
        final CommittedObjects.Slot<V> slot = committed.slot(key);
        return slot == null ? null : slot.current();
    }

    /** Puts {@code value} under {@code key}; a null value deletes the key, as in Kafka's stores. */
    public void put(String key, V value) {
        if (transactional) {
            hold(committed.slotFor(key), value);
        } else {
            committed.write(key, value);
        }
    }

    /**
     * Replaces the key's value (null when it has none) with what {@code change} makes of it; null
     * deletes the key. Answers the new value. One lookup, where a read and a write take two: every
     * event rewrites three sums.
     */
    public V update(String key, UnaryOperator<V> change) {
        if (!transactional) {
            final V changed = change.apply(committed.get(key));
            committed.write(key, changed);
            return changed;
        }
        final CommittedObjects.Slot<V> slot = committed.slotFor(key);
        final V changed = change.apply(slot.current());
        hold(slot, changed);
        return changed;
    }

    /** Puts {@code value} unless the key has one; answers the value it had. */
    public V putIfAbsent(String key, V value) {
        final V existing = get(key);
        if (existing == null && value != null) {
            put(key, value);
        }
        return existing;
    }

    /** Deletes the key; answers the value it had. */
    public V delete(String key) {
        final V existing = get(key);
        if (existing != null) {
            put(key, null);
        }
        return existing;
    }

    private void hold(CommittedObjects.Slot<V> slot, V value) {
        slot.held = value;
        if (!slot.holding) {
            slot.holding = true;
            held.add(slot);
        }
    }

    /** The entries from {@code from} to {@code to}, both included; null for no bound. */
    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return withHeld().range(from, to);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return withHeld().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return withHeld().all();
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return withHeld().reverseAll();
    }

    /** The entries whose keys start with {@code prefix}, which must be a string; the serializer is not needed. */
    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, S prefixKeySerializer) {
        if (!(prefix instanceof String)) {
            throw new IllegalArgumentException("the keys of " + name + " are strings, not " + prefix);
        }
        return withHeld().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return withHeld().approximateNumEntries();
    }

    /**
     * The values as the stream thread sees them: the committed ones, or, while writes are held, a
     * copy of them with the held writes made. Copying costs little where it happens: the stream
     * thread walks these stores only when a task starts, before it writes anything.
     */
    private ReadOnlyKeyValueStore<String, V> withHeld() {
        if (held.isEmpty()) {
            return committed;
        }
        final CommittedObjects<V> copy = new CommittedObjects<>();
        try (KeyValueIterator<String, V> all = committed.all()) {
            all.forEachRemaining(entry -> copy.write(entry.key, entry.value));
        }
        held.forEach(slot -> copy.write(slot.key, slot.held));
        return copy;
    }

    private static final class Builder<V> implements StoreBuilder<InMemoryObjectStore<V>> {

        private final String name;

        Builder(String name) {
            this.name = name;
        }

        @Override
        public InMemoryObjectStore<V> build() {
            return new InMemoryObjectStore<>(name);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean loggingEnabled() {
            return false;
        }

        @Override
        public Map<String, String> logConfig() {
            return Map.of();
        }

        @Override
        public StoreBuilder<InMemoryObjectStore<V>> withLoggingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<InMemoryObjectStore<V>> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<InMemoryObjectStore<V>> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException(name + " is summed again when a task starts: it has no changelog");
        }

        @Override
        public StoreBuilder<InMemoryObjectStore<V>> withCachingEnabled() {
            throw new UnsupportedOperationException(
                    name + " holds objects: a cache of bytes in front of it would cost more");
        }
    }
}
