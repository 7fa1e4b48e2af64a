package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;

/**
 * The state and repartition formats: values round-trip, and values an older release wrote (format
 * version 1, before provenance) are still read, so an upgraded instance restores old state.
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
            "01234567");

    @Test
    void roundTripsAContributionWithItsProvenance() {
        final Contribution contribution = new Contribution("E09000018", "H", WEEK, MEASURES, PROVENANCE);
        assertThat(roundTrip(contribution)).isEqualTo(contribution);
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
        final ByteBuffer v1 = ByteBuffer.allocate(128).put((byte) 1);
        code(v1, "E09000018");
        code(v1, "H");
        v1.putLong(WEEK.toEpochDay());
        measures(v1);

        final Contribution read = ViewSerdes.contribution().deserializer().deserialize("store", bytes(v1));

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
