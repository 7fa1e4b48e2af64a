package org.recoverytracker.views.baselines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventDecodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline tables the index is answered from, read from this instance's copy of the global
 * baselines store. A table is kept for a few seconds: building one decodes every baseline (a few
 * milliseconds per thousand), and a dashboard asks for the same one every few seconds.
 */
public final class BaselineTables {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineTables.class);

    /** How long a table is reused; a baseline posted now is in the index within this. */
    static final Duration REUSE = Duration.ofSeconds(5);

    /** Tables kept at once; choices are what callers ask for, so they are bounded. */
    static final int MAX_TABLES = 16;

    private record Built(Instant at, BaselineTable table) {}

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;
    private final Clock clock;
    private final EventCodec<Baseline> codec = EventCodec.of(Baseline.class);
    private final Map<BaselineChoice, Built> tables = new ConcurrentHashMap<>();

    public BaselineTables(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public BaselineTable table(BaselineChoice choice) {
        final Instant now = clock.instant();
        final Built built = tables.get(choice);
        if (built != null && built.at().plus(REUSE).isAfter(now)) {
            return built.table();
        }
        final BaselineTable table = BaselineTable.of(choice, baselines());
        if (tables.size() >= MAX_TABLES) {
            tables.clear();
        }
        tables.put(choice, new Built(now, table));
        return table;
    }

    /** Every baseline in the store; a record that can't be decoded is skipped (and logged once per read). */
    private List<Baseline> baselines() {
        final List<Baseline> baselines = new ArrayList<>();
        int skipped = 0;
        try (KeyValueIterator<String, byte[]> all = store.get().all()) {
            while (all.hasNext()) {
                final KeyValue<String, byte[]> entry = all.next();
                try {
                    baselines.add(codec.decode(entry.value));
                } catch (EventDecodingException e) {
                    skipped++;
                }
            }
        }
        if (skipped > 0) {
            LOG.warn("Skipped {} records of the baselines topic that are not baselines", skipped);
        }
        return baselines;
    }
}
