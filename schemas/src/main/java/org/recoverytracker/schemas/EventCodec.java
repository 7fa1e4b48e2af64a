package org.recoverytracker.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SystemLimitException;
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

    /** The longest string or bytes value an event may hold once decoded; Kafka records are far smaller. */
    static final int MAX_VALUE_LENGTH = 1024 * 1024;
    /** The most items an array or map of an event may hold. */
    static final int MAX_COLLECTION_ITEMS = 10_000;

    private static final int SINGLE_OBJECT_HEADER_BYTES = 2 + Long.BYTES;

    static {
        // Avro allocates a string or bytes value as long as its length prefix claims before reading
        // it, so a record of a few bytes claiming 2 GB would exhaust the heap. Its limits are read
        // once, when SystemLimitException is first loaded, which decoding does after this class is.
        // An operator's own -D settings win.
        limit(SystemLimitException.MAX_STRING_LENGTH_PROPERTY, MAX_VALUE_LENGTH);
        limit(SystemLimitException.MAX_BYTES_LENGTH_PROPERTY, MAX_VALUE_LENGTH);
        limit(SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY, MAX_COLLECTION_ITEMS);
    }

    private final Schema current;
    private final List<Long> releasedFingerprints;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private EventCodec(SpecificData model, Schema current, List<Schema> released, SchemaStore published) {
        final SchemaStore.Cache store = new SchemaStore.Cache();
        released.forEach(store::addSchema);
        this.current = current;
        this.releasedFingerprints =
                released.stream().map(SchemaNormalization::parsingFingerprint64).toList();
        this.encoder = new BinaryMessageEncoder<>(model, current);
        this.decoder = new BinaryMessageDecoder<>(model, current, fingerprint -> {
            final Schema schema = store.findByFingerprint(fingerprint);
            return schema != null || published == null ? schema : published.findByFingerprint(fingerprint);
        });
    }

    private static void limit(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
    }

    /** A codec that reads every version in the record's {@link SchemaHistory}. */
    public static <T extends SpecificRecord> EventCodec<T> of(Class<T> recordClass) {
        return of(recordClass, (SchemaStore) null);
    }

    /**
     * A codec that reads every version in the record's {@link SchemaHistory} and, beyond them, any
     * compatible schema services have published (a newer build's, during a rolling upgrade).
     */
    public static <T extends SpecificRecord> EventCodec<T> of(Class<T> recordClass, SchemaStore published) {
        final SpecificData model = modelOf(recordClass);
        final Schema current = model.getSchema(recordClass);
        return new EventCodec<>(model, current, SchemaHistory.released(current.getFullName()), published);
    }

    /** A codec that reads the given writer schemas besides the current one. */
    static <T extends SpecificRecord> EventCodec<T> of(Class<T> recordClass, List<Schema> released) {
        final SpecificData model = modelOf(recordClass);
        return new EventCodec<>(model, model.getSchema(recordClass), released, null);
    }

    /** The schema this codec writes with: the current one. */
    public Schema schema() {
        return current;
    }

    /** The class's own model carries its logical-type conversions (LocalDate, Instant). */
    private static SpecificData modelOf(Class<?> recordClass) {
        return SpecificData.getForClass(recordClass);
    }

    /**
     * The version of the schema that wrote a single-object encoded record: its number in the
     * record's {@link SchemaHistory} (1 for the first release), or 0 for a schema that is not
     * released in this build (a newer build's, published during a rolling upgrade).
     */
    public int writerVersion(byte[] bytes) {
        if (bytes.length < SINGLE_OBJECT_HEADER_BYTES) {
            return 0;
        }
        // The header is two marker bytes and the writer schema's fingerprint, little-endian.
        final long fingerprint = ByteBuffer.wrap(bytes, 2, Long.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN)
                .getLong();
        return releasedFingerprints.indexOf(fingerprint) + 1;
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
