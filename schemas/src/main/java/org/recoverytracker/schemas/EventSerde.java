package org.recoverytracker.schemas;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for an event class. A null value is a tombstone (a retraction) both ways.
 *
 * @param <T> the generated event class
 */
public final class EventSerde<T extends SpecificRecord> implements Serde<T> {

    private final EventCodec<T> codec;

    public EventSerde(Class<T> recordClass) {
        this.codec = EventCodec.of(recordClass);
    }

    /**
     * The serde of a kind, typed for code that handles every kind alike. Serializing a record of
     * another kind fails.
     */
    @SuppressWarnings("unchecked")
    public static EventSerde<SpecificRecord> forKind(EventKind kind) {
        return new EventSerde<>((Class<SpecificRecord>) kind.recordClass());
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, event) -> event == null ? null : codec.encode(event);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return codec.decode(bytes);
            } catch (EventDecodingException e) {
                throw new SerializationException("record on " + topic + " is " + e.getMessage(), e);
            }
        };
    }
}
