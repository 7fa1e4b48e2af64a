package org.recoverytracker.views.areas;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link AreaStore}: a record's area replaces the one under its id, a null value removes it.
 * A record that can't be used ({@link AreaRecords}) is skipped with a warning and counted: a global
 * store's processor that throws stops the instance, which would then fail on the same record at
 * every start. The first owner of an id keeps it: a record of another partner for an id in the
 * store is skipped (the reference service refuses such writes; this guards against direct writes
 * to the topic). Removing the area frees the id.
 */
final class AreaStoreUpdater implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(AreaStoreUpdater.class);

    private final AreaMetrics metrics;
    private KeyValueStore<String, byte[]> areas;

    AreaStoreUpdater(AreaMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        areas = context.getStateStore(AreaStore.NAME);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        try {
            apply(record);
        } catch (RuntimeException e) {
            skip(record.key(), new AreaRecords.Unusable("undecodable", "unusable: " + e));
        }
    }

    private void apply(Record<String, byte[]> record) {
        if (record.key() == null) {
            skip(null, new AreaRecords.Unusable("key", "no key"));
            return;
        }
        if (record.value() == null) {
            areas.delete(record.key());
            return;
        }
        final AreaRecords.Outcome outcome = AreaRecords.read(record.key(), record.value());
        if (outcome instanceof AreaRecords.Unusable unusable) {
            skip(record.key(), unusable);
            return;
        }
        final String owner = ((AreaRecords.Usable) outcome).area().owner();
        final byte[] current = areas.get(record.key());
        final String firstOwner =
                current == null ? owner : AreaRecords.stored(current).owner();
        if (firstOwner.equals(owner)) {
            areas.put(record.key(), record.value());
        } else {
            skip(record.key(), new AreaRecords.Unusable("owner", "owned by " + firstOwner + ", not by " + owner));
        }
    }

    private void skip(String key, AreaRecords.Unusable unusable) {
        LOG.warn("Skipped the record of area '{}' on recovery.areas.v1: {}", key, unusable.reason());
        metrics.skipped(unusable.kind());
    }
}
