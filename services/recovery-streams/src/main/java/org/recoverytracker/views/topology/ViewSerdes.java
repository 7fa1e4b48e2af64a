package org.recoverytracker.views.topology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.recoverytracker.schemas.EventKind;

/**
 * Compact binary serdes of the values in the state stores and the repartition topic. They are
 * internal to the streams service but outlive a release in changelog and repartition topics, so
 * each value starts with a format version: a new format gets a new version number and the reader
 * keeps reading the old ones, so that an upgraded instance restores the state an older one left.
 *
 * <ul>
 *   <li>1: measures and sector views; contributions and cell changes without provenance.
 *   <li>2: contributions with their provenance; cell changes with their cause and event.
 * </ul>
 *
 * The history's revisions started at version 1.
 */
public final class ViewSerdes {

    private static final byte VERSION_1 = 1;
    private static final byte VERSION_2 = 2;
    private static final int SHA_256_BYTES = 32;
    /** Room for a contribution with its provenance without growing the buffer (a profile showed the copies). */
    private static final int INITIAL_BUFFER_BYTES = 512;

    private static final HexFormat HEX = HexFormat.of();
    private static final Cause[] CAUSES = Cause.values();
    private static final EventKind[] KINDS = EventKind.values();

    private ViewSerdes() {}

    /** Writes a value's fields after its format version. */
    private interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    /** Reads a value's fields, in one format version. */
    private interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    public static Serde<Measures> measures() {
        return serde(VERSION_1, ViewSerdes::writeMeasures, Map.of(VERSION_1, ViewSerdes::readMeasures));
    }

    public static Serde<SectorView> sectorView() {
        return serde(
                VERSION_1,
                (out, view) -> {
                    writeMeasures(out, view.measures());
                    out.writeLong(view.lastUpdated());
                },
                Map.of(VERSION_1, in -> new SectorView(readMeasures(in), in.readLong())));
    }

    public static Serde<Contribution> contribution() {
        return serde(
                VERSION_2,
                ViewSerdes::writeContribution,
                Map.of(VERSION_1, in -> readContribution(in, false), VERSION_2, in -> readContribution(in, true)));
    }

    public static Serde<CellDelta> cellDelta() {
        return serde(
                VERSION_2,
                (out, delta) -> {
                    writeCode(out, delta.sector());
                    out.writeLong(delta.weekStart().toEpochDay());
                    writeMeasures(out, delta.change());
                    out.writeLong(delta.changedAt());
                    out.writeByte(delta.cause().ordinal());
                    writeEvent(out, delta.event());
                    out.writeBoolean(delta.counted() != null);
                    if (delta.counted() != null) {
                        writeContribution(out, delta.counted());
                    }
                },
                Map.of(
                        VERSION_1,
                        in -> new CellDelta(
                                readCode(in),
                                LocalDate.ofEpochDay(in.readLong()),
                                readMeasures(in),
                                in.readLong(),
                                null,
                                null,
                                null),
                        VERSION_2,
                        in -> new CellDelta(
                                readCode(in),
                                LocalDate.ofEpochDay(in.readLong()),
                                readMeasures(in),
                                in.readLong(),
                                CAUSES[in.readByte()],
                                readEvent(in),
                                in.readBoolean() ? readContribution(in, true) : null)));
    }

    /**
     * The revisions kept in the history store: binary, as every change of a view is written there
     * (the revision log topic has them as JSON, for readers outside the service).
     */
    public static Serde<Revision> revision() {
        return serde(
                VERSION_1,
                (out, revision) -> {
                    out.writeLong(revision.changedAt().toEpochMilli());
                    writeCode(out, revision.place());
                    writeCode(out, revision.sector());
                    out.writeLong(revision.weekStart().toEpochDay());
                    writeOptionalMeasures(out, revision.before());
                    writeOptionalMeasures(out, revision.after());
                    out.writeByte(
                            revision.cause() == null ? -1 : revision.cause().ordinal());
                    final Revision.Event event = revision.event();
                    out.writeBoolean(event != null);
                    if (event != null) {
                        out.writeUTF(event.partner());
                        out.writeUTF(event.kind());
                        out.writeUTF(event.eventId());
                        out.writeInt(event.version());
                    }
                },
                Map.of(VERSION_1, in -> {
                    final Instant changedAt = Instant.ofEpochMilli(in.readLong());
                    final String place = readCode(in);
                    final String sector = readCode(in);
                    final LocalDate weekStart = LocalDate.ofEpochDay(in.readLong());
                    final Measures before = readOptionalMeasures(in);
                    final Measures after = readOptionalMeasures(in);
                    final byte cause = in.readByte();
                    final Revision.Event event = in.readBoolean()
                            ? new Revision.Event(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt())
                            : null;
                    return new Revision(
                            changedAt,
                            place,
                            sector,
                            weekStart,
                            before,
                            after,
                            cause < 0 ? null : CAUSES[cause],
                            event);
                }));
    }

    private static <T> Serde<T> serde(byte version, Writer<T> writer, Map<Byte, Reader<T>> readers) {
        return Serdes.serdeFrom(
                (topic, value) -> {
                    if (value == null) {
                        return null;
                    }
                    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(INITIAL_BUFFER_BYTES);
                    try (DataOutputStream out = new DataOutputStream(bytes)) {
                        out.writeByte(version);
                        writer.write(out, value);
                    } catch (IOException e) {
                        throw new SerializationException("cannot write a view value for " + topic, e);
                    }
                    return bytes.toByteArray();
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    final Reader<T> reader = bytes.length == 0 ? null : readers.get(bytes[0]);
                    if (reader == null) {
                        throw new SerializationException("unknown view format version on " + topic);
                    }
                    try {
                        return reader.read(new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1)));
                    } catch (IOException | RuntimeException e) {
                        throw new SerializationException("cannot read a view value of " + topic, e);
                    }
                });
    }

    private static void writeContribution(DataOutput out, Contribution contribution) throws IOException {
        writeCode(out, contribution.place());
        writeCode(out, contribution.sector());
        out.writeLong(contribution.weekStart().toEpochDay());
        writeMeasures(out, contribution.measures());
        final EventProvenance provenance = contribution.provenance();
        out.writeBoolean(provenance != null);
        if (provenance == null) {
            return;
        }
        writeEvent(out, provenance.event());
        out.writeLong(provenance.receivedAt());
        out.writeInt(provenance.schemaVersion());
        out.writeUTF(provenance.topic());
        out.writeInt(provenance.partition());
        out.writeLong(provenance.offset());
        out.write(HEX.parseHex(provenance.valueSha256()));
        out.write(HEX.parseHex(provenance.contentSha256()));
        out.writeLong(provenance.occurredOn().toEpochDay());
        out.writeUTF(provenance.organisation());
        writeOptional(out, provenance.companyNumber());
    }

    private static Contribution readContribution(DataInput in, boolean mayHaveProvenance) throws IOException {
        final String place = readCode(in);
        final String sector = readCode(in);
        final LocalDate weekStart = LocalDate.ofEpochDay(in.readLong());
        final Measures measures = readMeasures(in);
        if (!mayHaveProvenance || !in.readBoolean()) {
            return new Contribution(place, sector, weekStart, measures, null);
        }
        return new Contribution(
                place,
                sector,
                weekStart,
                measures,
                new EventProvenance(
                        readEvent(in),
                        in.readLong(),
                        in.readInt(),
                        in.readUTF(),
                        in.readInt(),
                        in.readLong(),
                        readSha256(in),
                        readSha256(in),
                        LocalDate.ofEpochDay(in.readLong()),
                        in.readUTF(),
                        readOptional(in)));
    }

    private static void writeEvent(DataOutput out, EventRef event) throws IOException {
        out.writeByte(event.kind().ordinal());
        out.writeUTF(event.partner());
        out.writeUTF(event.eventId());
        out.writeInt(event.version());
    }

    private static EventRef readEvent(DataInput in) throws IOException {
        return new EventRef(KINDS[in.readByte()], in.readUTF(), in.readUTF(), in.readInt());
    }

    private static void writeOptionalMeasures(DataOutput out, Measures measures) throws IOException {
        out.writeBoolean(measures != null);
        if (measures != null) {
            writeMeasures(out, measures);
        }
    }

    private static Measures readOptionalMeasures(DataInput in) throws IOException {
        return in.readBoolean() ? readMeasures(in) : null;
    }

    private static void writeMeasures(DataOutput out, Measures measures) throws IOException {
        out.writeLong(measures.jobsAtRisk());
        out.writeLong(measures.jobsLost());
        out.writeLong(measures.jobsSafeguarded());
        out.writeLong(measures.jobsCreated());
        out.writeLong(measures.greenJobsCreated());
        out.writeLong(measures.supportAwardedPence());
        out.writeLong(measures.greenInvestmentPence());
        out.writeLong(measures.events());
    }

    private static Measures readMeasures(DataInput in) throws IOException {
        return new Measures(
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong());
    }

    /** Codes are short ASCII (a GSS code, a section letter); longer strings are a bug. */
    private static void writeCode(DataOutput out, String value) throws IOException {
        final byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 24) {
            throw new SerializationException("code too long for the view format: " + value);
        }
        out.writeByte(bytes.length);
        out.write(bytes);
    }

    private static String readCode(DataInput in) throws IOException {
        final byte[] bytes = new byte[in.readUnsignedByte()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeOptional(DataOutput out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readOptional(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static String readSha256(DataInput in) throws IOException {
        final byte[] bytes = new byte[SHA_256_BYTES];
        in.readFully(bytes);
        return HEX.formatHex(bytes);
    }
}
