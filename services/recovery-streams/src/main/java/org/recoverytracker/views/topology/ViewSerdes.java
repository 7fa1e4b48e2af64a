package org.recoverytracker.views.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary serdes of the values in the state stores and the repartition topic. They are
 * internal to the streams service but outlive a release in changelog topics, so each value starts
 * with a format version: a new format gets a new version number and the reader keeps reading the
 * old one.
 */
public final class ViewSerdes {

    private static final byte VERSION_1 = 1;
    private static final int MEASURES_BYTES = 8 * Long.BYTES;

    private ViewSerdes() {}

    public static Serde<Measures> measures() {
        return serde(MEASURES_BYTES, ViewSerdes::writeMeasures, ViewSerdes::readMeasures);
    }

    public static Serde<SectorView> sectorView() {
        return serde(
                MEASURES_BYTES + Long.BYTES,
                (buffer, view) -> {
                    writeMeasures(buffer, view.measures());
                    buffer.putLong(view.lastUpdated());
                },
                buffer -> new SectorView(readMeasures(buffer), buffer.getLong()));
    }

    public static Serde<Contribution> contribution() {
        return serde(
                64 + MEASURES_BYTES,
                (buffer, contribution) -> {
                    writeString(buffer, contribution.place());
                    writeString(buffer, contribution.sector());
                    buffer.putLong(contribution.weekStart().toEpochDay());
                    writeMeasures(buffer, contribution.measures());
                },
                buffer -> new Contribution(
                        readString(buffer),
                        readString(buffer),
                        LocalDate.ofEpochDay(buffer.getLong()),
                        readMeasures(buffer)));
    }

    public static Serde<CellDelta> cellDelta() {
        return serde(
                32 + MEASURES_BYTES + Long.BYTES,
                (buffer, delta) -> {
                    writeString(buffer, delta.sector());
                    buffer.putLong(delta.weekStart().toEpochDay());
                    writeMeasures(buffer, delta.change());
                    buffer.putLong(delta.changedAt());
                },
                buffer -> new CellDelta(
                        readString(buffer),
                        LocalDate.ofEpochDay(buffer.getLong()),
                        readMeasures(buffer),
                        buffer.getLong()));
    }

    private static <T> Serde<T> serde(int maxBytes, BiConsumer<ByteBuffer, T> writer, Function<ByteBuffer, T> reader) {
        return Serdes.serdeFrom(
                (topic, value) -> {
                    if (value == null) {
                        return null;
                    }
                    final ByteBuffer buffer = ByteBuffer.allocate(1 + maxBytes);
                    buffer.put(VERSION_1);
                    writer.accept(buffer, value);
                    final byte[] bytes = new byte[buffer.position()];
                    buffer.flip().get(bytes);
                    return bytes;
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    final ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    final byte version = buffer.get();
                    if (version != VERSION_1) {
                        throw new SerializationException("unknown view format version " + version + " on " + topic);
                    }
                    return reader.apply(buffer);
                });
    }

    private static void writeMeasures(ByteBuffer buffer, Measures measures) {
        buffer.putLong(measures.jobsAtRisk())
                .putLong(measures.jobsLost())
                .putLong(measures.jobsSafeguarded())
                .putLong(measures.jobsCreated())
                .putLong(measures.greenJobsCreated())
                .putLong(measures.supportAwardedPence())
                .putLong(measures.greenInvestmentPence())
                .putLong(measures.events());
    }

    private static Measures readMeasures(ByteBuffer buffer) {
        return new Measures(
                buffer.getLong(),
                buffer.getLong(),
                buffer.getLong(),
                buffer.getLong(),
                buffer.getLong(),
                buffer.getLong(),
                buffer.getLong(),
                buffer.getLong());
    }

    /** Codes are short ASCII (a GSS code, a section letter); longer strings are a bug. */
    private static void writeString(ByteBuffer buffer, String value) {
        final byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 24) {
            throw new SerializationException("code too long for the view format: " + value);
        }
        buffer.put((byte) bytes.length).put(bytes);
    }

    private static String readString(ByteBuffer buffer) {
        final byte[] bytes = new byte[buffer.get()];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
