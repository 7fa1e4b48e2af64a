package org.recoverytracker.views.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.reference.records.BaselineSource;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;
import org.recoverytracker.schemas.EventCodec;

class BaselineTablesTest {

    private static final BaselineChoice BRES_2019 = BaselineChoice.parse("BRES:EMPLOYEES:2019");

    private final TreeMap<String, byte[]> records = new TreeMap<>();
    private Instant now = Instant.parse("2026-12-03T06:00:00Z");

    @Test
    void skipsWhatIsNotABaselineAndReadsTheRest() {
        records.put("national/a", encode(41_000));
        records.put("national/b", new byte[] {1, 2, 3});
        records.put("national/c", "{\"place\": \"E09000018\"}".getBytes());

        assertThat(tables().table(BRES_2019).value("E09000018", "H")).hasValue(41_000);
    }

    @Test
    void aTableIsReusedForAFewSecondsThenBuiltAgain() {
        final BaselineTables tables = tables();
        records.put("national/a", encode(41_000));
        assertThat(tables.table(BRES_2019).value("E09000018", "H")).hasValue(41_000);

        records.put("national/a", encode(42_000));
        assertThat(tables.table(BRES_2019).value("E09000018", "H")).hasValue(41_000);
        now = now.plus(BaselineTables.REUSE);
        assertThat(tables.table(BRES_2019).value("E09000018", "H")).hasValue(42_000);
    }

    private BaselineTables tables() {
        final Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        return new BaselineTables(() -> new MapStore(records), clock);
    }

    private static byte[] encode(long value) {
        return EventCodec.of(Baseline.class)
                .encode(Baseline.newBuilder()
                        .setBaselineId("a")
                        .setPartner("national")
                        .setReceivedAt(Instant.parse("2026-01-01T00:00:00Z"))
                        .setDataset("BRES")
                        .setVariable(BaselineVariable.EMPLOYEES)
                        .setPeriod("2019")
                        .setPlace("E09000018")
                        .setSector(SicSection.H)
                        .setValue(value)
                        .setStatus(BaselineStatus.FINAL)
                        .setSource(new BaselineSource(null, "test", null, null))
                        .build());
    }

    /** The store as a map: all the tables read is {@code all()}. */
    private record MapStore(TreeMap<String, byte[]> records) implements ReadOnlyKeyValueStore<String, byte[]> {

        @Override
        public byte[] get(String key) {
            return records.get(key);
        }

        @Override
        public KeyValueIterator<String, byte[]> range(String from, String to) {
            return iterator(records.subMap(from, true, to, true));
        }

        @Override
        public KeyValueIterator<String, byte[]> all() {
            return iterator(records);
        }

        @Override
        public long approximateNumEntries() {
            return records.size();
        }

        private static KeyValueIterator<String, byte[]> iterator(Map<String, byte[]> entries) {
            final Iterator<Map.Entry<String, byte[]>> inner =
                    new TreeMap<>(entries).entrySet().iterator();
            return new KeyValueIterator<>() {
                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public KeyValue<String, byte[]> next() {
                    final Map.Entry<String, byte[]> entry = inner.next();
                    return KeyValue.pair(entry.getKey(), entry.getValue());
                }

                @Override
                public void close() {}

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
