package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class InMemoryObjectStoreTest {

    /** The configuration under which a task's writes are held until it commits. */
    private static final Properties TRANSACTIONAL = new Properties();

    static {
        TRANSACTIONAL.put(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG, true);
    }

    private static final String[] KEY_PARTS = {"E06", "E060", "K02", "A", "B", "2026-11-30"};

    @Test
    void answersEveryReadAsKafkasInMemoryStoreDoesAfterTheSameWrites() {
        for (int seed = 0; seed < 40; seed++) {
            final Random random = new Random(seed);
            final InMemoryObjectStore<Long> objects =
                    opened(InMemoryObjectStore.<Long>builder("objects").build());
            final KeyValueStore<String, Long> kafkas = kafkas("kafkas");
            for (int write = 0; write < 200; write++) {
                writeTheSameToBoth(random, objects, kafkas);
            }
            assertSameReads(objects, kafkas, random, "seed " + seed);
        }
    }

    @Test
    void holdsATransactionsWritesFromCommittedReadersUntilItCommits() {
        for (int seed = 0; seed < 40; seed++) {
            final Random random = new Random(seed);
            final InMemoryObjectStore<Long> objects =
                    opened(InMemoryObjectStore.<Long>builder("objects").build(), TRANSACTIONAL);
            final KeyValueStore<String, Long> written = kafkas("written");
            final KeyValueStore<String, Long> committed = kafkas("committed");
            final List<KeyValue<String, Long>> open = new ArrayList<>();
            for (int write = 0; write < 300; write++) {
                if (random.nextInt(25) == 0) {
                    objects.commit(Map.of());
                    open.forEach(pair -> committed.put(pair.key, pair.value));
                    open.clear();
                }
                final String key = writeTheSameToBoth(random, objects, written);
                open.add(KeyValue.pair(key, written.get(key)));
            }
            assertSameReads(objects, written, random, "the stream thread's reads, seed " + seed);
            assertSameReads(
                    objects.readOnly(IsolationLevel.READ_COMMITTED),
                    committed,
                    random,
                    "committed reads, seed " + seed);
            assertThat(objects.readOnly(IsolationLevel.READ_UNCOMMITTED))
                    .as("the held writes are the stream thread's own")
                    .isSameAs(objects.readOnly(IsolationLevel.READ_COMMITTED));
        }
    }

    @Test
    void showsCommittedReadersAWriteOnlyOnceCommitted() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build(), TRANSACTIONAL);
        final ReadOnlyKeyValueStore<String, Long> committed = store.readOnly(IsolationLevel.READ_COMMITTED);
        store.put("E06|A", 1L);

        assertThat(store.get("E06|A")).isEqualTo(1L);
        assertThat(committed.get("E06|A")).isNull();
        assertThat(store.approximateNumUncommittedBytes()).isPositive();

        store.commit(Map.of());
        store.delete("E06|A");

        assertThat(committed.get("E06|A")).isEqualTo(1L);
        assertThat(store.get("E06|A")).isNull();

        store.commit(Map.of());

        assertThat(committed.get("E06|A")).isNull();
        assertThat(store.approximateNumUncommittedBytes()).isZero();
    }

    @Test
    void showsWhatATaskDerivedWhenItStartedAtOnce() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build(), TRANSACTIONAL);
        store.put("E06|A", 1L);

        store.publishDerived();

        assertThat(store.readOnly(IsolationLevel.READ_COMMITTED).get("E06|A")).isEqualTo(1L);
    }

    @Test
    void writesStraightThroughWithoutTransactionalStores() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build());
        store.put("E06|A", 1L);

        assertThat(store.readOnly(IsolationLevel.READ_COMMITTED).get("E06|A")).isEqualTo(1L);
    }

    @Test
    void closingDropsWhatNoTransactionCommitted() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build(), TRANSACTIONAL);
        store.put("E06|A", 1L);

        store.close();
        opened(store, TRANSACTIONAL);

        assertThat(store.get("E06|A")).isNull();
        assertThat(store.approximateNumUncommittedBytes()).isZero();
    }

    /**
     * A random delete, put-if-absent, update (to a value or to null) or put (of a value or of null)
     * of a random key, made to both stores, which must answer it alike.
     *
     * @return the key written
     */
    private static String writeTheSameToBoth(
            Random random, InMemoryObjectStore<Long> objects, KeyValueStore<String, Long> kafkas) {
        final String key = key(random);
        final Long value = random.nextInt(10) == 0 ? null : (long) random.nextInt(100);
        switch (random.nextInt(5)) {
            case 0 -> assertThat(objects.delete(key)).isEqualTo(kafkas.delete(key));
            case 1 -> assertThat(objects.putIfAbsent(key, value)).isEqualTo(kafkas.putIfAbsent(key, value));
            case 2 -> {
                // Adds the value to the key's, as the views add a change to a sum; null deletes.
                final UnaryOperator<Long> change =
                        before -> value == null ? null : (before == null ? 0 : before) + value;
                final Long expected = change.apply(kafkas.get(key));
                kafkas.put(key, expected);
                assertThat(objects.update(key, change)).isEqualTo(expected);
            }
            default -> {
                objects.put(key, value);
                kafkas.put(key, value);
            }
        }
        return key;
    }

    /** Every kind of read of {@code actual} answers as {@code expected} does. */
    private static void assertSameReads(
            ReadOnlyKeyValueStore<String, Long> actual,
            ReadOnlyKeyValueStore<String, Long> expected,
            Random random,
            String as) {
        final String from = key(random);
        final String to = key(random);
        final String prefix = KEY_PARTS[random.nextInt(KEY_PARTS.length)] + ViewStores.SEPARATOR;
        assertThat(contents(actual.all())).as(as).isEqualTo(contents(expected.all()));
        assertThat(contents(actual.reverseAll())).as(as).isEqualTo(contents(expected.reverseAll()));
        assertThat(contents(actual.range(from, to))).as(as).isEqualTo(contents(expected.range(from, to)));
        assertThat(contents(actual.reverseRange(from, to))).as(as).isEqualTo(contents(expected.reverseRange(from, to)));
        assertThat(contents(actual.range(null, to))).as(as).isEqualTo(contents(expected.range(null, to)));
        assertThat(contents(actual.range(from, null))).as(as).isEqualTo(contents(expected.range(from, null)));
        assertThat(contents(actual.prefixScan(prefix, Serdes.String().serializer())))
                .as("%s, keys starting %s", as, prefix)
                .isEqualTo(contents(expected.prefixScan(prefix, Serdes.String().serializer())));
        for (String key : List.of(from, to)) {
            assertThat(actual.get(key)).as(as).isEqualTo(expected.get(key));
        }
        assertThat(actual.approximateNumEntries()).as(as).isEqualTo(expected.approximateNumEntries());
    }

    private static KeyValueStore<String, Long> kafkas(String name) {
        return opened(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.Long())
                .withLoggingDisabled()
                .build());
    }

    @Test
    void aWalkGoesOnWhileTheStreamThreadWrites() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build());
        store.put("E06|A", 1L);
        store.put("E06|B", 2L);
        store.put("E06|C", 3L);

        final List<String> walked = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = store.all()) {
            walked.add(all.next().key);
            store.delete("E06|B");
            store.put("E06|D", 4L);
            all.forEachRemaining(entry -> walked.add(entry.key));
        }

        // B was gone during the walk and may or may not be seen; what is ahead of the walk is seen.
        assertThat(walked).isSorted().doesNotHaveDuplicates().contains("E06|A", "E06|C", "E06|D");
    }

    @Test
    void anIteratorPeeksWithoutMovingAndSaysWhenItHasEnded() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build());
        store.put("E06|A", 1L);

        try (KeyValueIterator<String, Long> ofPlace =
                store.prefixScan("E06|", Serdes.String().serializer())) {
            assertThat(ofPlace.peekNextKey()).isEqualTo("E06|A");
            assertThat(ofPlace.next()).isEqualTo(KeyValue.pair("E06|A", 1L));
            assertThat(ofPlace.hasNext()).isFalse();
            assertThatThrownBy(ofPlace::peekNextKey).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(ofPlace::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void closingEmptiesItForTheTaskThatSumsItAgain() {
        final InMemoryObjectStore<Long> store =
                opened(InMemoryObjectStore.<Long>builder("sums").build());
        store.put("E06|A", 1L);

        store.close();

        assertThat(store.isOpen()).isFalse();
        assertThat(store.get("E06|A")).isNull();
        assertThat(store.persistent()).isFalse();
    }

    @Test
    void itsBuilderRefusesAChangelogAndACache() {
        assertThat(InMemoryObjectStore.builder("sums").loggingEnabled()).isFalse();
        assertThatThrownBy(() -> InMemoryObjectStore.builder("sums").withLoggingEnabled(Map.of()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("no changelog");
        assertThatThrownBy(() -> InMemoryObjectStore.builder("sums").withCachingEnabled())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static String key(Random random) {
        return KEY_PARTS[random.nextInt(KEY_PARTS.length)]
                + ViewStores.SEPARATOR
                + KEY_PARTS[random.nextInt(KEY_PARTS.length)];
    }

    private static <S extends StateStore> S opened(S store) {
        return opened(store, new Properties());
    }

    private static <S extends StateStore> S opened(S store, Properties config) {
        final MockProcessorContext<Object, Object> context = new MockProcessorContext<>(config);
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static List<KeyValue<String, Long>> contents(KeyValueIterator<String, Long> iterator) {
        final List<KeyValue<String, Long>> contents = new ArrayList<>();
        try (iterator) {
            iterator.forEachRemaining(contents::add);
        }
        return contents;
    }
}
