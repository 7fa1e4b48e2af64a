package org.recoverytracker.referenceservice.publishing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.recoverytracker.schemas.EventCodec;

/** Writes any generated Avro record in the single-object encoding, with the codec of its class. */
final class SingleObjectSerializer implements Serializer<SpecificRecord> {

    private final Map<Class<?>, EventCodec<SpecificRecord>> codecs = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public byte[] serialize(String topic, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        return codecs.computeIfAbsent(record.getClass(), type -> EventCodec.of((Class<SpecificRecord>) type))
                .encode(record);
    }
}
