package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RevisionJsonTest {

    /** What the log's readers have always been given: Jackson's binding of the record. */
    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static final String[] AWKWARD_TEXT = {
        "hr1-0001",
        "quote \" and back\\slash",
        "tab\tnew\nline\u0001 \b\f\r\u001f\u007f",
        "Caerffili – £5 ✓",
        "",
        "😀 surrogate pair",
        "</script>"
    };

    @Test
    void writesEveryRevisionByteForByteAsJacksonBindsTheRecord() {
        final Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            final Revision revision = revision(random);

            assertThat(new String(RevisionJson.write(revision), StandardCharsets.UTF_8))
                    .as("revision %d", n)
                    .isEqualTo(JACKSON.writeValueAsString(revision));
        }
    }

    @Test
    void writesInstantsAsTheyWriteThemselvesWhetherOrNotTheSecondWasTheLastOnesToo() {
        final List<Instant> instants = new ArrayList<>(List.of(
                Instant.EPOCH,
                Instant.MIN,
                Instant.MAX,
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("+10000-01-01T00:00:00.5Z"),
                Instant.parse("1969-12-31T23:59:59.999Z")));
        final Random random = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            final Instant second = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(5));
            // Whole seconds, and fractions of every precision, some with leading or trailing zeros.
            final int nanos = switch (random.nextInt(5)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                case 3 -> random.nextInt(1000);
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(second.plusNanos(nanos));
        }

        for (Instant instant : instants) {
            final StringBuilder json = new StringBuilder();
            RevisionJson.instant(json, instant);

            assertThat(json).as("%s", instant).hasToString('"' + instant.toString() + '"');
        }
    }

    @Test
    void readsBackWhatItWrites() {
        final Serde<Revision> serde = RevisionSerde.serde();
        final Random random = new Random(11);
        for (int n = 0; n < 100; n++) {
            final Revision revision = revision(random);

            assertThat(serde.deserializer()
                            .deserialize("log", serde.serializer().serialize("log", revision)))
                    .isEqualTo(revision);
        }
    }

    private static Revision revision(Random random) {
        return new Revision(
                Instant.ofEpochMilli(1_500_000_000_000L + random.nextLong(400_000_000_000L))
                        .plusMillis(random.nextBoolean() ? 0 : -(random.nextInt(1000))),
                "E09000018",
                random.nextBoolean() ? "H" : "C",
                LocalDate.of(2020, 4, 13).plusWeeks(random.nextInt(400)),
                random.nextInt(3) == 0 ? null : measures(random),
                random.nextInt(3) == 0 ? null : measures(random),
                Cause.values()[random.nextInt(Cause.values().length)],
                random.nextInt(4) == 0
                        ? null
                        : new Revision.Event(
                                text(random), "job-loss", text(random), 1 + random.nextInt(Integer.MAX_VALUE - 1)));
    }

    private static Measures measures(Random random) {
        return new Measures(
                random.nextLong(),
                random.nextInt(1000),
                -random.nextInt(1000),
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                random.nextLong(),
                0,
                random.nextInt(5));
    }

    private static String text(Random random) {
        return AWKWARD_TEXT[random.nextInt(AWKWARD_TEXT.length)];
    }
}
