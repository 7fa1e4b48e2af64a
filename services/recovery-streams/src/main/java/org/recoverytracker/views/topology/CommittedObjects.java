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
 * stream thread writes, and, copied with the held writes made, what the stream thread walks. Each
 * key has a {@link Slot}, found by hash in a concurrent map, holding its committed value and the
 * stream thread's held write of it, so that the stream thread reads and rewrites a sum with one
 * lookup; the keys that have a committed value are kept apart, in order, in a concurrent set for
 * the walks. A value is committed before its key is added and removed before it, so a walk sees
 * each key once, with a value it had at some moment of the walk, or skips it when it was removed
 * meanwhile.
 */
final class CommittedObjects<V> implements ReadOnlyKeyValueStore<String, V> {

    /** One key's committed value, which readers see, and the held write, which only the stream thread reads. */
    static final class Slot<V> {

        final String key;
        volatile V committed;
        V held;
        boolean holding;

        private Slot(String key) {
            this.key = key;
        }

        /** The value the stream thread sees: its held write, or else the committed value. */
        V current() {
            return holding ? held : committed;
        }
    }

    /** Every key with a committed value or a held write; a slot with neither is removed. */
    private final Map<String, Slot<V>> slots = new ConcurrentHashMap<>();

    private final NavigableSet<String> keys = new ConcurrentSkipListSet<>();
    /** How many keys have a committed value; only the stream thread writes it. */
    private volatile int size;

    /** The key's slot, or null when it has neither a value nor a held write. */
    Slot<V> slot(String key) {
        return slots.get(key);
    }

    /** The key's slot, made (without a value) when it has none. Only the stream thread calls it. */
    Slot<V> slotFor(String key) {
        final Slot<V> slot = slots.get(key);
        if (slot != null) {
            return slot;
        }
        final Slot<V> made = new Slot<>(key);
        slots.put(key, made);
        return made;
    }

    /** Puts {@code value} under {@code key}; null deletes the key. Only the stream thread writes. */
    void write(String key, V value) {
        final Slot<V> slot = value == null ? slots.get(key) : slotFor(key);
        if (slot != null) {
            publish(slot, value);
        }
    }

    /** Commits the slot's held write. Only the stream thread writes. */
    void commitHeld(Slot<V> slot) {
        publish(slot, slot.held);
    }

    /** Makes {@code value} the slot's committed value and drops its held write; null deletes the key. */
    private void publish(Slot<V> slot, V value) {
        final V before = slot.committed;
        slot.committed = value;
        slot.holding = false;
        slot.held = null;
        if (value == null) {
            slots.remove(slot.key, slot);
            if (before != null) {
                keys.remove(slot.key);
                size--;
            }
        } else if (before == null) {
            keys.add(slot.key);
            size++;
        }
    }

    void clear() {
        slots.clear();
        keys.clear();
        size = 0;
    }

    @Override
    public V get(String key) {
        final Slot<V> slot = slots.get(key);
        return slot == null ? null : slot.committed;
    }

    /** The entries from {@code from} to {@code to}, both included; null for no bound. */
    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return new EntryIterator<>(within(from, to), slots, key -> true);
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return new EntryIterator<>(within(from, to).descendingSet(), slots, key -> true);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return new EntryIterator<>(keys, slots, key -> true);
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return new EntryIterator<>(keys.descendingSet(), slots, key -> true);
    }

    /** The entries whose keys start with {@code prefix}, which must be a string; the serializer is not needed. */
    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, S prefixKeySerializer) {
        if (!(prefix instanceof String start)) {
            throw new IllegalArgumentException("the keys are strings, not " + prefix);
        }
        return new EntryIterator<>(keys.tailSet(start, true), slots, key -> key.startsWith(start));
    }

    @Override
    public long approximateNumEntries() {
        return size;
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
        private final Map<String, Slot<V>> slots;
        private final Predicate<String> within;
        private KeyValue<String, V> next;
        private boolean ended;

        EntryIterator(NavigableSet<String> keys, Map<String, Slot<V>> slots, Predicate<String> within) {
            this.keys = keys.iterator();
            this.slots = slots;
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
                        final Slot<V> slot = slots.get(key);
                        final V value = slot == null ? null : slot.committed;
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
