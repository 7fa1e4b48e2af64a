package org.recoverytracker.views.topology;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
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
 * <p>Interactive queries read it while the one stream thread of its task writes: both collections
 * are concurrent and the values immutable. A value is added before its key and removed before it,
 * so a walk sees each key once, with a value it had at some moment of the walk, or skips it when it
 * was removed meanwhile.
 */
public final class InMemoryObjectStore<V> implements KeyValueStore<String, V> {

    private final String name;
    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final NavigableSet<String> keys = new ConcurrentSkipListSet<>();
    private volatile boolean open;

    private InMemoryObjectStore(String name) {
        this.name = name;
    }

    /** A builder of one such store per task, named {@code name}, without a changelog or a cache. */
    public static <V> StoreBuilder<KeyValueStore<String, V>> builder(String name) {
        return new Builder<>(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        // Without a changelog there is nothing to restore: the task sums these views again.
        context.register(root, (key, value) -> {});
        open = true;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        open = false;
        values.clear();
        keys.clear();
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public V get(String key) {
        return values.get(key);
    }

    /** Puts {@code value} under {@code key}; a null value deletes the key, as in Kafka's stores. */
    @Override
    public void put(String key, V value) {
        if (value == null) {
            delete(key);
        } else if (values.put(key, value) == null) {
            keys.add(key);
        }
    }

    @Override
    public V putIfAbsent(String key, V value) {
        if (value == null) {
            return values.get(key);
        }
        final V existing = values.putIfAbsent(key, value);
        if (existing == null) {
            keys.add(key);
        }
        return existing;
    }

    @Override
    public void putAll(List<KeyValue<String, V>> pairs) {
        pairs.forEach(pair -> put(pair.key, pair.value));
    }

    @Override
    public V delete(String key) {
        final V removed = values.remove(key);
        if (removed != null) {
            keys.remove(key);
        }
        return removed;
    }

    /** The entries from {@code from} to {@code to}, both included; null for no bound. */
    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return new EntryIterator<>(within(from, to), values, key -> true);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return new EntryIterator<>(within(from, to).descendingSet(), values, key -> true);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return new EntryIterator<>(keys, values, key -> true);
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return new EntryIterator<>(keys.descendingSet(), values, key -> true);
    }

    /** The entries whose keys start with {@code prefix}, which must be a string; the serializer is not needed. */
    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, S prefixKeySerializer) {
        if (!(prefix instanceof String start)) {
            throw new IllegalArgumentException("the keys of " + name + " are strings, not " + prefix);
        }
        return new EntryIterator<>(keys.tailSet(start, true), values, key -> key.startsWith(start));
    }

    @Override
    public long approximateNumEntries() {
        return values.size();
    }

    private NavigableSet<String> within(String from, String to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            return Collections.emptyNavigableSet(); // as Kafka's stores answer an inverted range
        }
        if (from == null) {
            return to == null ? keys : keys.headSet(to, true);
        }
        return to == null ? keys.tailSet(from, true) : keys.subSet(from, true, to, true);
    }

    /** Entries in the order of {@code keys} for as long as their keys pass {@code within}. */
    private static final class EntryIterator<V> implements KeyValueIterator<String, V> {

        private final Iterator<String> keys;
        private final Map<String, V> values;
        private final Predicate<String> within;
        private KeyValue<String, V> next;
        private boolean ended;

        EntryIterator(NavigableSet<String> keys, Map<String, V> values, Predicate<String> within) {
            this.keys = keys.iterator();
            this.values = values;
            this.within = within;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                if (!keys.hasNext()) {
                    ended = true;
                } else {
                    final String key = keys.next();
                    if (!within.test(key)) {
                        ended = true;
                    } else {
                        final V value = values.get(key);
                        if (value != null) { // else removed since the walk passed it
                            next = KeyValue.pair(key, value);
                        }
                    }
                }
            }
            return next != null;
        }

        @Override
        public KeyValue<String, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            final KeyValue<String, V> current = next;
            next = null;
            return current;
        }

        @Override
        public String peekNextKey() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return next.key;
        }

        @Override
        public void close() {}
    }

    private static final class Builder<V> implements StoreBuilder<KeyValueStore<String, V>> {

        private final String name;

        Builder(String name) {
            this.name = name;
        }

        @Override
        public KeyValueStore<String, V> build() {
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
        public StoreBuilder<KeyValueStore<String, V>> withLoggingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<KeyValueStore<String, V>> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<KeyValueStore<String, V>> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException(name + " is summed again when a task starts: it has no changelog");
        }

        @Override
        public StoreBuilder<KeyValueStore<String, V>> withCachingEnabled() {
            throw new UnsupportedOperationException(
                    name + " holds objects: a cache of bytes in front of it would cost more");
        }
    }
}
