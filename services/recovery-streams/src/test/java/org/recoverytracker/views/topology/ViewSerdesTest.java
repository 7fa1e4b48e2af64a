package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;

/**
 * The state and repartition formats: values round-trip, and values an older release wrote (format
 * version 1 before provenance, 2 with fixed-length measures) are still read, so an upgraded
 * instance restores old state.
 */
class ViewSerdesTest {

    private static final Measures MEASURES = new Measures(250, 0, 0, 0, 0, 0, 0, 1);
    private static final LocalDate WEEK = LocalDate.of(2020, 4, 13);
    private static final EventProvenance PROVENANCE = new EventProvenance(
            new EventRef(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001", 2),
            1_717_408_800_000L,
            1,
            "recovery.job-loss.v1",
            3,
            42,
            "ab".repeat(32),
            "cd".repeat(32),
            LocalDate.of(2020, 4, 14),
            "Heathrow Airline Services Ltd",
            "01234567",
            null);

    @Test
    void roundTripsAContributionWithItsProvenance() {
        final Contribution contribution = new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE);
        assertThat(roundTrip(contribution)).isEqualTo(contribution);
    }

    /** The reader of a thread is reused: a value that ends early must leave nothing behind for the next. */
    @Test
    void refusesAValueThatEndsEarlyAndReadsTheNextOneWhole() {
        final Contribution contribution = new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE);
        final Serde<Contribution> serde = ViewSerdes.contribution();
        final byte[] whole = serde.serializer().serialize("t", contribution);

        for (int length = 1; length < whole.length; length++) {
            final byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> serde.deserializer().deserialize("t", cut))
                    .as("cut at %d of %d bytes", length, whole.length)
                    .isInstanceOf(SerializationException.class);
            assertThat(serde.deserializer().deserialize("t", whole)).isEqualTo(contribution);
        }
    }

    @Test
    void roundTripsEveryKindOfCellChange() {
        final Contribution counted = new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE);
        for (Cause cause : Cause.values()) {
            final CellDelta added = new CellDelta("H", WEEK, MEASURES, 7L, cause, PROVENANCE.event(), counted);
            final CellDelta removed = new CellDelta("H", WEEK, MEASURES.negated(), 7L, cause, PROVENANCE.event(), null);
            assertThat(roundTrip(added)).isEqualTo(added);
            assertThat(roundTrip(removed)).isEqualTo(removed);
        }
    }

    @Test
    void roundTripsTheDistrictCodeAnEventWasPostedWith() {
        final EventProvenance harrogate = new EventProvenance(
                PROVENANCE.event(),
                PROVENANCE.receivedAt(),
                1,
                PROVENANCE.topic(),
                3,
                42,
                PROVENANCE.valueSha256(),
                PROVENANCE.contentSha256(),
                LocalDate.of(2022, 6, 1),
                "Nidd Valley Mills Ltd",
                null,
                "E07000165");
        final Contribution counted = new Contribution("E06000065", "C", WEEK, MEASURES, harrogate);
        assertThat(roundTrip(counted)).isEqualTo(counted);
        final CellDelta delta = new CellDelta("C", WEEK, MEASURES, 7L, Cause.CREATED, harrogate.event(), counted);
        assertThat(roundTrip(delta)).isEqualTo(delta);
    }

    @Test
    void readsAContributionOfFormat3WithoutAPostedPlace() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(3);
        writeCode(out, "E09000018");
        writeCode(out, "H");
        out.writeLong(WEEK.toEpochDay());
        for (long measure : new long[] {250, 0, 0, 0, 0, 0, 0, 1}) {
            VarLongs.write(measure, out);
        }
        provenance(out, null);

        assertThat(ViewSerdes.contribution().deserializer().deserialize("store", bytes.toByteArray()))
                .isEqualTo(new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE));
    }

    @Test
    void roundTripsACellChangeCountingAnotherEventThanItsOwn() {
        final Contribution counted = new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE);
        final EventRef other = new EventRef(EventKind.JOB_LOSS, "hounslow-council", "hr1-0002", 1);
        final CellDelta delta = new CellDelta("H", WEEK, MEASURES, 7L, Cause.CORRECTED, other, counted);
        assertThat(roundTrip(delta)).isEqualTo(delta);
    }

    @Test
    void roundTripsTrackedEventsWithAndWithoutAContentHash() {
        for (TrackedEvent tracked : List.of(
                new TrackedEvent("E09000018", "H", WEEK, MEASURES, 3, "cd".repeat(32)),
                new TrackedEvent(
                        "E09000018",
                        "H",
                        WEEK,
                        new Measures(-1, 2, -3, 4, Long.MAX_VALUE, Long.MIN_VALUE, 0, 1),
                        1,
                        null))) {
            assertThat(ViewSerdes.trackedEvent()
                            .deserializer()
                            .deserialize(
                                    "store",
                                    ViewSerdes.trackedEvent().serializer().serialize("store", tracked)))
                    .isEqualTo(tracked);
        }
    }

    @Test
    void writesMeasuresInAFewBytes() {
        assertThat(ViewSerdes.measures().serializer().serialize("store", MEASURES))
                .hasSizeLessThan(16);
        assertThat(ViewSerdes.measures()
                        .deserializer()
                        .deserialize(
                                "store", ViewSerdes.measures().serializer().serialize("store", MEASURES.negated())))
                .isEqualTo(MEASURES.negated());
    }

    @Test
    void readsAWeekViewWithItsLastChangeAndTheMeasuresOnlyWeeksOfEarlierReleases() {
        final WeekView week = new WeekView(MEASURES, 1_764_000_000_123L);
        assertThat(ViewSerdes.weekView()
                        .deserializer()
                        .deserialize("store", ViewSerdes.weekView().serializer().serialize("store", week)))
                .isEqualTo(week);
        final WeekView gone = new WeekView(Measures.NONE, 7);
        assertThat(ViewSerdes.weekView()
                        .deserializer()
                        .deserialize("store", ViewSerdes.weekView().serializer().serialize("store", gone)))
                .isEqualTo(gone);

        final byte[] measuresOnly = ViewSerdes.measures().serializer().serialize("store", MEASURES);
        assertThat(ViewSerdes.weekView().deserializer().deserialize("store", measuresOnly))
                .isEqualTo(new WeekView(MEASURES, 0));
    }

    @Test
    void readsAContributionOfFormat2AsAContributionAndAsATrackedEvent() throws IOException {
        final byte[] v2 = contributionOfFormat2();

        assertThat(ViewSerdes.contribution().deserializer().deserialize("store", v2))
                .isEqualTo(new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE));
        assertThat(ViewSerdes.trackedEvent().deserializer().deserialize("store", v2))
                .isEqualTo(new TrackedEvent("E09000018", "H", WEEK, MEASURES, 2, "cd".repeat(32)));
    }

    @Test
    void readsAnIdentityAnOlderReleaseStoredWithoutProvenance() {
        assertThat(ViewSerdes.trackedEvent().deserializer().deserialize("store", contributionOfFormat1()))
                .isEqualTo(new TrackedEvent("E09000018", "H", WEEK, MEASURES, 1, null));
    }

    @Test
    void readsACellChangeOfFormat2() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(2);
        writeCode(out, "H");
        out.writeLong(WEEK.toEpochDay());
        fixedMeasures(out);
        out.writeLong(7L);
        out.writeByte(Cause.CREATED.ordinal());
        event(out);
        out.writeBoolean(true);
        out.write(contributionOfFormat2(), 1, contributionOfFormat2().length - 1);

        assertThat(ViewSerdes.cellDelta().deserializer().deserialize("topic", bytes.toByteArray()))
                .isEqualTo(new CellDelta(
                        "H",
                        WEEK,
                        MEASURES,
                        7L,
                        Cause.CREATED,
                        PROVENANCE.event(),
                        new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE)));
    }

    @Test
    void roundTripsTheRevisionsOfTheHistory() {
        final Revision.Event event = new Revision.Event("hounslow-council", "job-loss", "hr1-0001", 2);
        final Instant at = Instant.parse("2024-06-03T10:00:00.123Z");
        for (Revision revision : List.of(
                new Revision(at, "E09000018", "H", WEEK, null, MEASURES, Cause.CREATED, event),
                new Revision(at, "E09000018", "H", WEEK, MEASURES, null, Cause.RETRACTED, event),
                new Revision(at, "E09000018", "H", WEEK, MEASURES, MEASURES, null, null))) {
            assertThat(ViewSerdes.revision()
                            .deserializer()
                            .deserialize(
                                    "store", ViewSerdes.revision().serializer().serialize("store", revision)))
                    .isEqualTo(revision);
        }
    }

    @Test
    void readsAContributionAnOlderReleaseStored() {
        final Contribution read =
                ViewSerdes.contribution().deserializer().deserialize("store", contributionOfFormat1());

        assertThat(read).isEqualTo(new Contribution("E09000018", "H", WEEK, MEASURES, null));
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void readsACellChangeAnOlderReleaseWroteToTheRepartitionTopic() {
        final ByteBuffer v1 = ByteBuffer.allocate(128).put((byte) 1);
        code(v1, "H");
        v1.putLong(WEEK.toEpochDay());
        measures(v1);
        v1.putLong(7L);

        assertThat(ViewSerdes.cellDelta().deserializer().deserialize("topic", bytes(v1)))
                .isEqualTo(new CellDelta("H", WEEK, MEASURES, 7L, null, null, null));
    }

    private static Contribution roundTrip(Contribution value) {
        return ViewSerdes.contribution()
                .deserializer()
                .deserialize("store", ViewSerdes.contribution().serializer().serialize("store", value));
    }

    private static CellDelta roundTrip(CellDelta value) {
        return ViewSerdes.cellDelta()
                .deserializer()
                .deserialize("topic", ViewSerdes.cellDelta().serializer().serialize("topic", value));
    }

    private static byte[] contributionOfFormat1() {
        final ByteBuffer v1 = ByteBuffer.allocate(128).put((byte) 1);
        code(v1, "E09000018");
        code(v1, "H");
        v1.putLong(WEEK.toEpochDay());
        measures(v1);
        return bytes(v1);
    }

    /** Format 2: format 1's cell and measures, then the provenance with its topic. */
    private static byte[] contributionOfFormat2() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(2);
        writeCode(out, "E09000018");
        writeCode(out, "H");
        out.writeLong(WEEK.toEpochDay());
        fixedMeasures(out);
        provenance(out, PROVENANCE.topic());
        return bytes.toByteArray();
    }

    /** A contribution's provenance as formats 2 (with its topic) and 3 (without: null) wrote it. */
    private static void provenance(DataOutputStream out, String topic) throws IOException {
        out.writeBoolean(true);
        event(out);
        out.writeLong(PROVENANCE.receivedAt());
        out.writeInt(PROVENANCE.schemaVersion());
        if (topic != null) {
            out.writeUTF(topic);
        }
        out.writeInt(PROVENANCE.partition());
        out.writeLong(PROVENANCE.offset());
        out.write(HexFormat.of().parseHex(PROVENANCE.valueSha256()));
        out.write(HexFormat.of().parseHex(PROVENANCE.contentSha256()));
        out.writeLong(PROVENANCE.occurredOn().toEpochDay());
        out.writeUTF(PROVENANCE.organisation());
        out.writeBoolean(true);
        out.writeUTF(PROVENANCE.companyNumber());
    }

    private static void event(DataOutputStream out) throws IOException {
        out.writeByte(PROVENANCE.event().kind().ordinal());
        out.writeUTF(PROVENANCE.event().partner());
        out.writeUTF(PROVENANCE.event().eventId());
        out.writeInt(PROVENANCE.event().version());
    }

    private static void writeCode(DataOutputStream out, String code) throws IOException {
        final byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        out.writeByte(bytes.length);
        out.write(bytes);
    }

    private static void fixedMeasures(DataOutputStream out) throws IOException {
        out.writeLong(MEASURES.jobsAtRisk());
        for (int i = 0; i < 6; i++) {
            out.writeLong(0);
        }
        out.writeLong(MEASURES.events());
    }

    /** Version 1 wrote codes as a length byte and UTF-8, and measures as eight big-endian longs. */
    private static void code(ByteBuffer buffer, String code) {
        final byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        buffer.put((byte) bytes.length).put(bytes);
    }

    private static void measures(ByteBuffer buffer) {
        buffer.putLong(MEASURES.jobsAtRisk());
        for (int i = 0; i < 6; i++) {
            buffer.putLong(0);
        }
        buffer.putLong(MEASURES.events());
    }

    private static byte[] bytes(ByteBuffer buffer) {
        final byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }
}
