package org.recoverytracker.views.topology;

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
 *   <li>1: measures as eight fixed-length numbers; contributions and cell changes without
 *       provenance; revisions.
 *   <li>2: contributions with their provenance; cell changes with their cause and event.
 *   <li>3: measures as variable-length numbers (most of an event's measures are 0: a week's value
 *       went from 65 bytes to about 12); a provenance without its topic (always the event topic of
 *       its kind); a cell change's event written once. Every value but an identity's is written so.
 *   <li>4: an identity's {@link TrackedEvent} (what was a whole contribution, read as one still).
 *   <li>5: a contribution's provenance with the district code as posted, when the event counts in
 *       the district that holds that code's area today; a cell change carrying such a contribution.
 *   <li>6: a week view with the time of its last change ({@link WeekView}); its formats 1 and 3 were
 *       the measures alone.
 * </ul>
 */
public final class ViewSerdes {

    private static final byte VERSION_1 = 1;
    private static final byte VERSION_2 = 2;
    private static final byte VERSION_3 = 3;
    private static final byte VERSION_4 = 4;
    private static final byte VERSION_5 = 5;
    private static final byte VERSION_6 = 6;
    private static final int SHA_256_BYTES = 32;
    /** Room for a contribution with its provenance without growing the buffer (a profile showed the copies). */
    private static final int INITIAL_BUFFER_BYTES = 512;

    /**
     * One buffer per thread, reused by every value it writes: every event writes several values, and
     * allocating (and zeroing) a fresh buffer for each showed in profiles. Serializers are called by
     * the stream threads, more than one when configured, hence per thread.
     */
    private static final ThreadLocal<ValueBuffer> BUFFERS = ThreadLocal.withInitial(ValueBuffer::new);
    /** One reader per thread, for the same reason: a DataInputStream allocates 350 bytes of scratch. */
    private static final ThreadLocal<ValueReader> READERS = ThreadLocal.withInitial(ValueReader::new);

    /** A cell change of format 3: whether an event counts in the cell after it, and whether that is its event. */
    private static final byte NOT_COUNTED = 0;

    private static final byte COUNTED = 1;
    private static final byte COUNTED_BY_EVENT = 2;

    private static final HexFormat HEX = HexFormat.of();
    private static final Cause[] CAUSES = Cause.values();
    private static final EventKind[] KINDS = EventKind.values();

    private ViewSerdes() {}

    /** A reusable buffer and the stream that writes into it. */
    private static final class ValueBuffer {
        private final ValueStreams.Output bytes = new ValueStreams.Output(INITIAL_BUFFER_BYTES);
        private final DataOutputStream out = new ValueStreams.UnlockedDataOutput(bytes);

        /** The stream to write a value into, emptied first (also of a value whose writing failed). */
        DataOutputStream start() {
            bytes.reset();
            return out;
        }

        byte[] written() {
            return bytes.toByteArray();
        }
    }

    /** A reusable stream over the value being read; no reader reads another value meanwhile. */
    private static final class ValueReader {
        private final ValueStreams.Input bytes = new ValueStreams.Input(new byte[0], 0);
        private final DataInputStream in = new DataInputStream(bytes);

        /** The stream over {@code value} after its format version. */
        DataInputStream start(byte[] value) {
            bytes.reset(value, 1);
            return in;
        }
    }

    /** Writes a value's fields after its format version. */
    private interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    /** Reads a value's fields, in one format version. */
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** How one format version reads measures. */
    private interface MeasuresReader {
        Measures read(DataInputStream in) throws IOException;
    }

    /** Measures alone: what the week views' store held in formats 1 and 3, before week views had a last change. */
    static Serde<Measures> measures() {
        return serde(
                VERSION_3,
                ViewSerdes::writeMeasures,
                Map.of(VERSION_1, ViewSerdes::readFixedMeasures, VERSION_3, ViewSerdes::readMeasures));
    }

    /** The week views' store: format 6, and the measures alone that formats 1 and 3 kept there. */
    public static Serde<WeekView> weekView() {
        return serde(
                VERSION_6,
                (out, week) -> {
                    writeMeasures(out, week.measures());
                    out.writeLong(week.lastChanged());
                },
                Map.of(
                        VERSION_1,
                        in -> WeekView.withoutTime(readFixedMeasures(in)),
                        VERSION_3,
                        in -> WeekView.withoutTime(readMeasures(in)),
                        VERSION_6,
                        in -> new WeekView(readMeasures(in), in.readLong())));
    }

    public static Serde<SectorView> sectorView() {
        return serde(
                VERSION_3,
                (out, view) -> {
                    writeMeasures(out, view.measures());
                    out.writeLong(view.lastUpdated());
                },
                Map.of(
                        VERSION_1,
                        in -> new SectorView(readFixedMeasures(in), in.readLong()),
                        VERSION_3,
                        in -> new SectorView(readMeasures(in), in.readLong())));
    }

    public static Serde<Contribution> contribution() {
        return serde(
                VERSION_5,
                ViewSerdes::writeContribution,
                Map.of(
                        VERSION_1,
                        in -> readContribution(in, VERSION_1),
                        VERSION_2,
                        in -> readContribution(in, VERSION_2),
                        VERSION_3,
                        in -> readContribution(in, VERSION_3),
                        VERSION_5,
                        in -> readContribution(in, VERSION_5)));
    }

    /** The identities' store: format 4, and the whole contributions that formats 1 to 3 (and 5) kept there. */
    public static Serde<TrackedEvent> trackedEvent() {
        return serde(
                VERSION_4,
                (out, tracked) -> {
                    writeCell(out, tracked.place(), tracked.sector(), tracked.weekStart());
                    writeMeasures(out, tracked.measures());
                    out.writeInt(tracked.version());
                    out.writeBoolean(tracked.contentSha256() != null);
                    if (tracked.contentSha256() != null) {
                        out.write(HEX.parseHex(tracked.contentSha256()));
                    }
                },
                Map.of(
                        VERSION_1,
                        in -> TrackedEvent.of(readContribution(in, VERSION_1)),
                        VERSION_2,
                        in -> TrackedEvent.of(readContribution(in, VERSION_2)),
                        VERSION_3,
                        in -> TrackedEvent.of(readContribution(in, VERSION_3)),
                        VERSION_5,
                        in -> TrackedEvent.of(readContribution(in, VERSION_5)),
                        VERSION_4,
                        in -> new TrackedEvent(
                                readCode(in),
                                readCode(in),
                                LocalDate.ofEpochDay(in.readLong()),
                                readMeasures(in),
                                in.readInt(),
                                in.readBoolean() ? readSha256(in) : null)));
    }

    public static Serde<CellDelta> cellDelta() {
        return serde(
                VERSION_5,
                (out, delta) -> {
                    writeCode(out, delta.sector());
                    out.writeLong(delta.weekStart().toEpochDay());
                    writeMeasures(out, delta.change());
                    out.writeLong(delta.changedAt());
                    out.writeByte(delta.cause().ordinal());
                    final Contribution counted = delta.counted();
                    // The event that now counts is the one that made the change: written once.
                    final boolean eventIsCounted = counted != null
                            && counted.provenance() != null
                            && counted.provenance().event().equals(delta.event());
                    out.writeByte(counted == null ? NOT_COUNTED : eventIsCounted ? COUNTED_BY_EVENT : COUNTED);
                    if (!eventIsCounted) {
                        writeEvent(out, delta.event());
                    }
                    if (counted != null) {
                        writeContribution(out, counted);
                    }
                },
                Map.of(
                        VERSION_1,
                        in -> new CellDelta(
                                readCode(in),
                                LocalDate.ofEpochDay(in.readLong()),
                                readFixedMeasures(in),
                                in.readLong(),
                                null,
                                null,
                                null),
                        VERSION_2,
                        in -> new CellDelta(
                                readCode(in),
                                LocalDate.ofEpochDay(in.readLong()),
                                readFixedMeasures(in),
                                in.readLong(),
                                CAUSES[in.readByte()],
                                readEvent(in),
                                in.readBoolean() ? readContribution(in, VERSION_2) : null),
                        VERSION_3,
                        in -> readCellDelta(in, VERSION_3),
                        VERSION_5,
                        in -> readCellDelta(in, VERSION_5)));
    }

    /** Formats 3 and 5, which differ only in their contribution's. */
    private static CellDelta readCellDelta(DataInputStream in, byte version) throws IOException {
        final String sector = readCode(in);
        final LocalDate weekStart = LocalDate.ofEpochDay(in.readLong());
        final Measures change = readMeasures(in);
        final long changedAt = in.readLong();
        final Cause cause = CAUSES[in.readByte()];
        final byte counting = in.readByte();
        final EventRef event = counting == COUNTED_BY_EVENT ? null : readEvent(in);
        final Contribution counted = counting == NOT_COUNTED ? null : readContribution(in, version);
        return new CellDelta(
                sector,
                weekStart,
                change,
                changedAt,
                cause,
                event == null ? counted.provenance().event() : event,
                counted);
    }

    /**
     * The revisions kept in the history store: binary, as every change of a view is written there
     * (the revision log topic has them as JSON, for readers outside the service).
     */
    public static Serde<Revision> revision() {
        return serde(
                VERSION_3,
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
                Map.of(
                        VERSION_1,
                        in -> readRevision(in, ViewSerdes::readFixedMeasures),
                        VERSION_3,
                        in -> readRevision(in, ViewSerdes::readMeasures)));
    }

    private static Revision readRevision(DataInputStream in, MeasuresReader measures) throws IOException {
        final Instant changedAt = Instant.ofEpochMilli(in.readLong());
        final String place = readCode(in);
        final String sector = readCode(in);
        final LocalDate weekStart = LocalDate.ofEpochDay(in.readLong());
        final Measures before = in.readBoolean() ? measures.read(in) : null;
        final Measures after = in.readBoolean() ? measures.read(in) : null;
        final byte cause = in.readByte();
        final Revision.Event event =
                in.readBoolean() ? new Revision.Event(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt()) : null;
        return new Revision(
                changedAt, place, sector, weekStart, before, after, cause < 0 ? null : CAUSES[cause], event);
    }

    private static <T> Serde<T> serde(byte version, Writer<T> writer, Map<Byte, Reader<T>> readers) {
        return Serdes.serdeFrom(
                (topic, value) -> {
                    if (value == null) {
                        return null;
                    }
                    final ValueBuffer buffer = BUFFERS.get();
                    try {
                        final DataOutputStream out = buffer.start();
                        out.writeByte(version);
                        writer.write(out, value);
                    } catch (IOException e) {
                        throw new SerializationException("cannot write a view value for " + topic, e);
                    }
                    return buffer.written();
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
                        return reader.read(READERS.get().start(bytes));
                    } catch (IOException | RuntimeException e) {
                        throw new SerializationException("cannot read a view value of " + topic, e);
                    }
                });
    }

    private static void writeCell(DataOutput out, String place, String sector, LocalDate weekStart) throws IOException {
        writeCode(out, place);
        writeCode(out, sector);
        out.writeLong(weekStart.toEpochDay());
    }

    private static void writeContribution(DataOutput out, Contribution contribution) throws IOException {
        writeCell(out, contribution.place(), contribution.sector(), contribution.weekStart());
        writeMeasures(out, contribution.measures());
        final EventProvenance provenance = contribution.provenance();
        out.writeBoolean(provenance != null);
        if (provenance == null) {
            return;
        }
        writeEvent(out, provenance.event());
        out.writeLong(provenance.receivedAt());
        out.writeInt(provenance.schemaVersion());
        out.writeInt(provenance.partition());
        out.writeLong(provenance.offset());
        out.write(HEX.parseHex(provenance.valueSha256()));
        out.write(HEX.parseHex(provenance.contentSha256()));
        out.writeLong(provenance.occurredOn().toEpochDay());
        out.writeUTF(provenance.organisation());
        writeOptional(out, provenance.companyNumber());
        writeOptional(out, provenance.postedPlace());
    }

    private static Contribution readContribution(DataInputStream in, byte version) throws IOException {
        final String place = readCode(in);
        final String sector = readCode(in);
        final LocalDate weekStart = LocalDate.ofEpochDay(in.readLong());
        final Measures measures = version < VERSION_3 ? readFixedMeasures(in) : readMeasures(in);
        if (version == VERSION_1 || !in.readBoolean()) {
            return new Contribution(place, sector, weekStart, measures, null);
        }
        final EventRef event = readEvent(in);
        final long receivedAt = in.readLong();
        final int schemaVersion = in.readInt();
        final String topic = version < VERSION_3 ? in.readUTF() : event.kind().topic();
        final int partition = in.readInt();
        final long offset = in.readLong();
        final String valueSha256 = readSha256(in);
        final String contentSha256 = readSha256(in);
        final LocalDate occurredOn = LocalDate.ofEpochDay(in.readLong());
        final String organisation = in.readUTF();
        final String companyNumber = readOptional(in);
        final String postedPlace = version < VERSION_5 ? null : readOptional(in);
        return new Contribution(
                place,
                sector,
                weekStart,
                measures,
                new EventProvenance(
                        event,
                        receivedAt,
                        schemaVersion,
                        topic,
                        partition,
                        offset,
                        valueSha256,
                        contentSha256,
                        occurredOn,
                        organisation,
                        companyNumber,
                        postedPlace));
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

    /** Format 3: each measure as a zig-zag variable-length number (a change may be negative). */
    private static void writeMeasures(DataOutput out, Measures measures) throws IOException {
        VarLongs.write(measures.jobsAtRisk(), out);
        VarLongs.write(measures.jobsLost(), out);
        VarLongs.write(measures.jobsSafeguarded(), out);
        VarLongs.write(measures.jobsCreated(), out);
        VarLongs.write(measures.greenJobsCreated(), out);
        VarLongs.write(measures.supportAwardedPence(), out);
        VarLongs.write(measures.greenInvestmentPence(), out);
        VarLongs.write(measures.events(), out);
    }

    private static Measures readMeasures(DataInputStream in) throws IOException {
        return new Measures(
                VarLongs.read(in),
                VarLongs.read(in),
                VarLongs.read(in),
                VarLongs.read(in),
                VarLongs.read(in),
                VarLongs.read(in),
                VarLongs.read(in),
                VarLongs.read(in));
    }

    /** Formats 1 and 2: eight big-endian longs. */
    private static Measures readFixedMeasures(DataInput in) throws IOException {
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
