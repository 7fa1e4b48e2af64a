package org.recoverytracker.views.topology;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The committed values of an {@link InMemoryObjectStore}: what interactive queries read while the
 * stream thread writes, and, copied with the held writes made, what the stream thread walks. Values
 * by hash in a concurrent map, their keys apart, in order, in a concurrent set for the walks. A
 * value is added before its key and removed before it, so a walk sees each key once, with a value it
 * had at some moment of the walk, or skips it when it was removed meanwhile.
 */
final class CommittedObjects<V> implements ReadOnlyKeyValueStore<String, V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final NavigableSet<String> keys = new ConcurrentSkipListSet<>();

    /** Puts {@code value} under {@code key}; null deletes the key. Only the stream thread writes. */
    void write(String key, V value) {
        if (value == null) {
            if (values.remove(key) != null) {
                keys.remove(key);
            }
        } else if (values.put(key, value) == null) {
            keys.add(key);
        }
    }

    void clear() {
        values.clear();
        keys.clear();
    }

    @Override
    public V get(String key) {
        return values.get(key);
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
            throw new IllegalArgumentException("the keys are strings, not " + prefix);
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

    /**
     * Entries in the order of {@code keys} for as long as their keys pass {@code within}; a key
     * whose value is gone by the time the walk reaches it is skipped.
     */
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
}
