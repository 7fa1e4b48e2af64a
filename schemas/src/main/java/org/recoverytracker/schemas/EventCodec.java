package org.recoverytracker.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes events with Avro single-object encoding and decodes them into the current generated
 * class, whichever released schema version wrote them.
 *
 * @param <T> the generated event class
 */
public final class EventCodec<T extends SpecificRecord> {

    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private EventCodec(SpecificData model, Schema current, List<Schema> released) {
        final SchemaStore.Cache store = new SchemaStore.Cache();
        released.forEach(store::addSchema);
        this.encoder = new BinaryMessageEncoder<>(model, current);
        this.decoder = new BinaryMessageDecoder<>(model, current, store);
    }

    /** A codec that reads every version in the record's {@link SchemaHistory}. */
    public static <T extends SpecificRecord> EventCodec<T> of(Class<T> recordClass) {
        final SpecificData model = modelOf(recordClass);
        final Schema current = model.getSchema(recordClass);
        return new EventCodec<>(model, current, SchemaHistory.released(current.getFullName()));
    }

    /** A codec that reads the given writer schemas besides the current one. */
    static <T extends SpecificRecord> EventCodec<T> of(Class<T> recordClass, List<Schema> released) {
        final SpecificData model = modelOf(recordClass);
        return new EventCodec<>(model, model.getSchema(recordClass), released);
    }

    /** The class's own model carries its logical-type conversions (LocalDate, Instant). */
    private static SpecificData modelOf(Class<?> recordClass) {
        return SpecificData.getForClass(recordClass);
    }

    public byte[] encode(T event) {
        try {
            final ByteBuffer buffer = encoder.encode(event);
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + event.getSchema().getName(), e);
        }
    }

    /**
     * @throws EventDecodingException when the bytes are not a single-object encoded record of a
     *                                released version of this event's schema
     */
    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException e) {
            throw new EventDecodingException(describe(e), e);
        }
    }

    private static String describe(Exception e) {
        final String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "not a single-object encoded record of a released schema version: " + message;
    }
}
