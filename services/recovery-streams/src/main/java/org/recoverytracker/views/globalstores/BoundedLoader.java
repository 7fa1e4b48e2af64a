package org.recoverytracker.views.globalstores;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Loads a global store from its topic as the topic has it: each record under its key, a tombstone
 * removing the key. What is obviously not one of the store's records (no key, a key or a value
 * larger than the topic's writer ever writes) is left out, so that whoever can write the topic
 * can't make the store of every instance grow without bound.
 */
public final class BoundedLoader implements Processor<String, byte[], Void, Void> {

    private final String storeName;
    private final int maxKeyLength;
    private final int maxValueBytes;
    private KeyValueStore<String, byte[]> store;

    public BoundedLoader(String storeName, int maxKeyLength, int maxValueBytes) {
        this.storeName = storeName;
        this.maxKeyLength = maxKeyLength;
        this.maxValueBytes = maxValueBytes;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null || record.key().length() > maxKeyLength) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else if (record.value().length <= maxValueBytes) {
            store.put(record.key(), record.value());
        }
    }
}
