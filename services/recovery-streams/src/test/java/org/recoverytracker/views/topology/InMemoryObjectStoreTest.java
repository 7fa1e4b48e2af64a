package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class InMemoryObjectStoreTest {

    private static final String[] KEY_PARTS = {"E06", "E060", "K02", "A", "B", "2026-11-30"};

    @Test
    void answersEveryReadAsKafkasInMemoryStoreDoesAfterTheSameWrites() {
        for (int seed = 0; seed < 40; seed++) {
            final Random random = new Random(seed);
            final KeyValueStore<String, Long> objects =
                    opened(InMemoryObjectStore.<Long>builder("objects").build());
            final KeyValueStore<String, Long> kafkas = opened(
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("kafkas"), Serdes.String(), Serdes.Long())
                            .withLoggingDisabled()
                            .build());
            for (int write = 0; write < 200; write++) {
                final String key = key(random);
                final Long value = random.nextInt(10) == 0 ? null : (long) random.nextInt(100);
                switch (random.nextInt(4)) {
                    case 0 -> assertThat(objects.delete(key)).isEqualTo(kafkas.delete(key));
                    case 1 -> assertThat(objects.putIfAbsent(key, value)).isEqualTo(kafkas.putIfAbsent(key, value));
                    default -> {
                        objects.put(key, value);
                        kafkas.put(key, value);
                    }
                }
            }
            final String from = key(random);
            final String to = key(random);
            final String prefix = KEY_PARTS[random.nextInt(KEY_PARTS.length)] + ViewStores.SEPARATOR;
            assertThat(contents(objects.all())).as("seed %d", seed).isEqualTo(contents(kafkas.all()));
            assertThat(contents(objects.reverseAll())).isEqualTo(contents(kafkas.reverseAll()));
            assertThat(contents(objects.range(from, to))).isEqualTo(contents(kafkas.range(from, to)));
            assertThat(contents(objects.reverseRange(from, to))).isEqualTo(contents(kafkas.reverseRange(from, to)));
            assertThat(contents(objects.range(null, to))).isEqualTo(contents(kafkas.range(null, to)));
            assertThat(contents(objects.range(from, null))).isEqualTo(contents(kafkas.range(from, null)));
            assertThat(contents(objects.prefixScan(prefix, Serdes.String().serializer())))
                    .as("keys starting %s", prefix)
                    .isEqualTo(
                            contents(kafkas.prefixScan(prefix, Serdes.String().serializer())));
            assertThat(objects.approximateNumEntries()).isEqualTo(kafkas.approximateNumEntries());
        }
    }

    @Test
    void aWalkGoesOnWhileTheStreamThreadWrites() {
        final KeyValueStore<String, Long> store =
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
        final KeyValueStore<String, Long> store =
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
        final KeyValueStore<String, Long> store =
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

    private static <S extends KeyValueStore<String, Long>> S opened(S store) {
        final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
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
