package org.recoverytracker.views.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Kafka's persistent (RocksDB) key-value store, whose position is not copied for every write.
 *
 * <p>Kafka's changelog layer asks its store for its position on every write, to put it in the
 * changelog record's headers when consistency vectors are on (an internal setting this service
 * never turns on: without it the position is not used). With transactional state stores, Kafka
 * Streams 4.4's RocksDB store answers with a deep copy of its committed position merged with a copy
 * of its uncommitted one: three or more concurrent maps for every write, 6% of the stream thread's
 * samples in {@code tools/bench/run --profile} and garbage for the collector on top. Here, unless
 * consistency vectors are on, the position is the store's position as of its last commit, copied
 * once per commit; queries with a position bound are the store's own ({@link #query}) and use its
 * exact position.
 *
 * <p>How many bytes are not yet committed is counted here too ({@link
 * #approximateNumUncommittedBytes}): Kafka's store answers from its native write batch, which it
 * frees at every commit and at close, and its metric is read by other threads (Micrometer's Kafka
 * binder, every Prometheus scrape), which could then read freed memory. The streams service's JVM
 * crashed so, with a SIGSEGV in {@code WriteBatch.getDataSize} on the {@code
 * micrometer-kafka-metrics} thread.
 *
 * <p>Everything else is the RocksDB store's, so its format, its transactions ({@link #commit},
 * {@link #readOnly}) and its restoration are Kafka's.
 */
final class PositionSnapshotStore implements KeyValueStore<Bytes, byte[]> {

    private final KeyValueStore<Bytes, byte[]> rocksDb;
    private boolean everyPosition;
    private volatile Position committedPosition = Position.emptyPosition();
    /** The bytes of the keys and values written since the last commit; only the stream thread writes it. */
    private volatile long uncommittedBytes;

    private PositionSnapshotStore(KeyValueStore<Bytes, byte[]> rocksDb) {
        this.rocksDb = rocksDb;
    }

    /** Kafka's persistent key-value store named {@code name}, wrapped in one of these. */
    static KeyValueBytesStoreSupplier persistent(String name) {
        final KeyValueBytesStoreSupplier rocksDb = Stores.persistentKeyValueStore(name);
        return new KeyValueBytesStoreSupplier() {
            @Override
            public String name() {
                return rocksDb.name();
            }

            @Override
            public KeyValueStore<Bytes, byte[]> get() {
                return new PositionSnapshotStore(rocksDb.get());
            }

            @Override
            public String metricsScope() {
                return rocksDb.metricsScope();
            }
        };
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        everyPosition = Boolean.parseBoolean(String.valueOf(
                context.appConfigs().get(StreamsConfig.InternalConfig.IQ_CONSISTENCY_OFFSET_VECTOR_ENABLED)));
        rocksDb.init(context, root);
        committedPosition = rocksDb.getPosition();
        uncommittedBytes = 0;
    }

    @Override
    public Position getPosition() {
        return everyPosition ? rocksDb.getPosition() : committedPosition;
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        rocksDb.commit(changelogOffsets);
        committedPosition = rocksDb.getPosition();
        uncommittedBytes = 0;
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return rocksDb.query(query, positionBound, config);
    }

    @Override
    public ReadOnlyKeyValueStore<Bytes, byte[]> readOnly(IsolationLevel isolationLevel) {
        return rocksDb.readOnly(isolationLevel);
    }

    @Override
    public String name() {
        return rocksDb.name();
    }

    @Override
    @SuppressWarnings("deprecation") // flush is still StateStore's, and Kafka may call it
    public void flush() {
        rocksDb.flush();
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return rocksDb.committedOffset(partition);
    }

    @Override
    @SuppressWarnings("deprecation") // still StateStore's, and Kafka Streams asks it
    public boolean managesOffsets() {
        return rocksDb.managesOffsets();
    }

    /**
     * The bytes of the keys and values written since the last commit, as Kafka's store holds them
     * until then: once in its sorted map, once in its native batch. Any thread may ask.
     */
    @Override
    public long approximateNumUncommittedBytes() {
        return uncommittedBytes;
    }

    @Override
    public void close() {
        rocksDb.close();
        uncommittedBytes = 0;
    }

    @Override
    public boolean persistent() {
        return rocksDb.persistent();
    }

    @Override
    public boolean isOpen() {
        return rocksDb.isOpen();
    }

    @Override
    public void put(Bytes key, byte[] value) {
        rocksDb.put(key, value);
        held(key, value);
    }

    @Override
    public byte[] putIfAbsent(Bytes key, byte[] value) {
        final byte[] existing = rocksDb.putIfAbsent(key, value);
        if (existing == null) {
            held(key, value);
        }
        return existing;
    }

    @Override
    public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
        rocksDb.putAll(entries);
        entries.forEach(entry -> held(entry.key, entry.value));
    }

    @Override
    public byte[] delete(Bytes key) {
        final byte[] deleted = rocksDb.delete(key);
        held(key, null);
        return deleted;
    }

    /** Counts a write (null: a deletion) until the next commit. */
    private void held(Bytes key, byte[] value) {
        uncommittedBytes += 2L * (key.get().length + (value == null ? 0 : value.length));
    }

    @Override
    public byte[] get(Bytes key) {
        return rocksDb.get(key);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
        return rocksDb.range(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseRange(Bytes from, Bytes to) {
        return rocksDb.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> all() {
        return rocksDb.all();
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseAll() {
        return rocksDb.reverseAll();
    }

    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(P prefix, S prefixSerializer) {
        return rocksDb.prefixScan(prefix, prefixSerializer);
    }

    @Override
    public long approximateNumEntries() {
        return rocksDb.approximateNumEntries();
    }
}
