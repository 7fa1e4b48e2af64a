package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionSnapshotStoreTest {

    private static final Bytes KEY = Bytes.wrap("E09000018|H|2026-11-30".getBytes(StandardCharsets.UTF_8));
    private static final byte[] VALUE = {1, 2, 3};

    private Path stateDir;
    private MockProcessorContext<Object, Object> context;
    private KeyValueStore<Bytes, byte[]> store;

    @BeforeEach
    void createStateDir() throws Exception {
        stateDir = Files.createTempDirectory("position-snapshot-store");
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        if (store != null) {
            store.close();
        }
        Utils.delete(stateDir.toFile());
    }

    @Test
    void answersThePositionOfTheLastCommitNotOfEveryWrite() {
        store = opened(false);

        context.setRecordMetadata("recovery-place-deltas", 3, 41);
        store.put(KEY, VALUE);
        assertThat(store.getPosition()).isEqualTo(Position.emptyPosition());

        store.commit(Map.of());
        assertThat(store.getPosition()).isEqualTo(positionAt(41));
        context.setRecordMetadata("recovery-place-deltas", 3, 42);
        store.put(KEY, VALUE);
        assertThat(store.getPosition()).isEqualTo(positionAt(41));
    }

    @Test
    void answersEveryWritesPositionWhenConsistencyVectorsAreOn() {
        store = opened(true);

        context.setRecordMetadata("recovery-place-deltas", 3, 41);
        store.put(KEY, VALUE);

        assertThat(store.getPosition()).isEqualTo(positionAt(41));
    }

    @Test
    void keepsTheRocksDbStoresTransactions() {
        store = opened(false);

        context.setRecordMetadata("recovery-place-deltas", 3, 41);
        store.put(KEY, VALUE);
        assertThat(store.get(KEY)).as("the stream thread reads its own write").isEqualTo(VALUE);
        assertThat(store.readOnly(IsolationLevel.READ_COMMITTED).get(KEY))
                .as("not committed yet")
                .isNull();

        store.commit(Map.of());
        assertThat(store.readOnly(IsolationLevel.READ_COMMITTED).get(KEY)).isEqualTo(VALUE);
    }

    /**
     * Kafka's store answers from its native write batch, which it frees at every commit and at
     * close, so another thread asking (a metrics scrape) could read freed memory: the JVM crashed so,
     * in {@code WriteBatch.getDataSize}. The bytes are counted here instead, by the writer.
     */
    @Test
    void countsTheUncommittedBytesWithoutKafkasNativeBatch() throws Exception {
        store = opened(false);
        final AtomicBoolean done = new AtomicBoolean();
        final AtomicLong reads = new AtomicLong();
        final Thread scrape = new Thread(
                () -> {
                    while (!done.get()) {
                        store.approximateNumUncommittedBytes();
                        reads.incrementAndGet();
                    }
                },
                "metrics-scrape");
        scrape.start();
        try {
            for (int offset = 0; offset < 2_000; offset++) {
                context.setRecordMetadata("recovery-place-deltas", 3, offset);
                store.put(KEY, VALUE);
                assertThat(store.approximateNumUncommittedBytes()).isPositive();
                store.commit(Map.of());
                assertThat(store.approximateNumUncommittedBytes()).isZero();
            }
            context.setRecordMetadata("recovery-place-deltas", 3, 2_000);
            store.put(KEY, VALUE);
            store.close();
            assertThat(store.approximateNumUncommittedBytes())
                    .as("once closed, nothing is held")
                    .isZero();
        } finally {
            done.set(true);
            scrape.join();
        }
        assertThat(reads.get()).isPositive();
        store = null;
    }

    /**
     * Every method of a key-value store is passed on to Kafka's, with the position's the only
     * difference: a method Kafka adds with a default would otherwise answer that default here.
     */
    @Test
    void declaresEveryMethodOfAKeyValueStore() {
        final List<String> missing = Arrays.stream(KeyValueStore.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declares(method))
                .map(Method::toString)
                .toList();

        assertThat(missing).isEmpty();
    }

    private static boolean declares(Method method) {
        return Stream.of(PositionSnapshotStore.class.getDeclaredMethods())
                .anyMatch(own -> !own.isBridge()
                        && own.getName().equals(method.getName())
                        && own.getParameterCount() == method.getParameterCount());
    }

    private KeyValueStore<Bytes, byte[]> opened(boolean consistencyVectors) {
        final Properties config = new Properties();
        config.put(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG, true);
        config.put(StreamsConfig.InternalConfig.IQ_CONSISTENCY_OFFSET_VECTOR_ENABLED, consistencyVectors);
        context = new MockProcessorContext<>(config, new TaskId(1, 3), stateDir.toFile());
        final KeyValueStore<Bytes, byte[]> opened =
                PositionSnapshotStore.persistent("recovery-sector-weeks").get();
        opened.init(context.getStateStoreContext(), opened);
        return opened;
    }

    private static Position positionAt(long offset) {
        return Position.emptyPosition().withComponent("recovery-place-deltas", 3, offset);
    }
}
