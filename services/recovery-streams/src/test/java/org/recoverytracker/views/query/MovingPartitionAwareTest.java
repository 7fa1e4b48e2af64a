package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStorePartitionException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

class MovingPartitionAwareTest {

    @Test
    void aPartitionThatMovesAwayBeforeTheReadIsAViewsUnavailable() {
        final ReadOnlyKeyValueStore<String, String> store = new MovingPartitionAware<>(new MovedAway(), 3);

        assertThatThrownBy(() -> store.get("E09000018|H"))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessage("Partition 3 of the views is moving between instances.")
                .hasCauseInstanceOf(InvalidStateStorePartitionException.class);
        assertThatThrownBy(() -> store.prefixScan("E09000018|", Serdes.String().serializer()))
                .isInstanceOf(ViewsUnavailableException.class);
        assertThatThrownBy(store::all).isInstanceOf(ViewsUnavailableException.class);
    }

    @Test
    void aPartitionThatMovesAwayDuringAScanIsAViewsUnavailable() {
        final ReadOnlyKeyValueStore<String, String> store = new MovingPartitionAware<>(new MovesAwayMidScan(), 0);

        try (KeyValueIterator<String, String> scan = store.all()) {
            assertThat(scan.next()).isEqualTo(KeyValue.pair("E09000018|H", "first"));
            assertThatThrownBy(scan::hasNext)
                    .isInstanceOf(ViewsUnavailableException.class)
                    .hasMessageContaining("moving between instances");
        }
    }

    /** What Kafka Streams' composite store does once the partition has been assigned elsewhere. */
    private static class MovedAway implements ReadOnlyKeyValueStore<String, String> {

        @Override
        public String get(String key) {
            throw moved();
        }

        @Override
        public KeyValueIterator<String, String> range(String from, String to) {
            throw moved();
        }

        @Override
        public KeyValueIterator<String, String> all() {
            throw moved();
        }

        @Override
        public <S extends Serializer<P>, P> KeyValueIterator<String, String> prefixScan(P prefix, S serializer) {
            throw moved();
        }

        @Override
        public long approximateNumEntries() {
            throw moved();
        }

        static InvalidStateStorePartitionException moved() {
            return new InvalidStateStorePartitionException("The specified partition for store does not exist.");
        }
    }

    /** A scan that yields one entry, then finds the store closed under it by a rebalance. */
    private static final class MovesAwayMidScan extends MovedAway {

        @Override
        public KeyValueIterator<String, String> all() {
            final var entries = List.of(KeyValue.pair("E09000018|H", "first")).iterator();
            return new KeyValueIterator<>() {
                private boolean stepped;

                @Override
                public boolean hasNext() {
                    if (stepped) {
                        throw moved();
                    }
                    return entries.hasNext();
                }

                @Override
                public KeyValue<String, String> next() {
                    stepped = true;
                    return entries.next();
                }

                @Override
                public String peekNextKey() {
                    throw moved();
                }

                @Override
                public void close() {}
            };
        }
    }
}
