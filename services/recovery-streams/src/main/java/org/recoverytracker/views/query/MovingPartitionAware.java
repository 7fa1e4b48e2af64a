package org.recoverytracker.views.query;

import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A store of one partition whose every read (and every step of an iterator) turns Kafka Streams'
 * {@link InvalidStateStoreException} into a {@link ViewsUnavailableException}, which callers
 * answer with a 503 and {@code Retry-After}.
 *
 * <p>Kafka Streams checks that it holds the partition when the store is asked for, but reads
 * through it later: a rebalance in between (an instance joining or leaving) moves the partition
 * away, and the read then fails with {@code InvalidStateStorePartitionException}. That is the
 * views moving between instances, not a fault, so callers must see it as such wherever the read
 * happens.
 */
final class MovingPartitionAware<V> implements ReadOnlyKeyValueStore<String, V> {

    private final ReadOnlyKeyValueStore<String, V> store;
    private final int partition;

    MovingPartitionAware(ReadOnlyKeyValueStore<String, V> store, int partition) {
        this.store = store;
        this.partition = partition;
    }

    @Override
    public V get(String key) {
        return guarded(() -> store.get(key));
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return new Iterator(guarded(() -> store.range(from, to)));
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        return new Iterator(guarded(() -> store.reverseRange(from, to)));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return new Iterator(guarded(store::all));
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return new Iterator(guarded(store::reverseAll));
    }

    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, S prefixKeySerializer) {
        return new Iterator(guarded(() -> store.prefixScan(prefix, prefixKeySerializer)));
    }

    @Override
    public long approximateNumEntries() {
        return guarded(store::approximateNumEntries);
    }

    private <T> T guarded(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException e) {
            throw new ViewsUnavailableException(
                    "Partition " + partition + " of the views is moving between instances.", e);
        }
    }

    /** An iterator whose steps fail as the store's reads do. */
    private final class Iterator implements KeyValueIterator<String, V> {

        private final KeyValueIterator<String, V> iterator;

        Iterator(KeyValueIterator<String, V> iterator) {
            this.iterator = iterator;
        }

        @Override
        public boolean hasNext() {
            return guarded(iterator::hasNext);
        }

        @Override
        public KeyValue<String, V> next() {
            return guarded(iterator::next);
        }

        @Override
        public String peekNextKey() {
            return guarded(iterator::peekNextKey);
        }

        @Override
        public void close() {
            iterator.close();
        }
    }
}
