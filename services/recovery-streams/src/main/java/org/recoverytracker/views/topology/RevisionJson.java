package org.recoverytracker.views.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a revision as the revision log has always held it, Jackson's binding of {@link Revision}
 * byte for byte (fields in the record's order, nulls written, ISO-8601 instants and dates, {@code
 * netJobChange} after the measures, JSON's short escapes and {@code \}{@code u00XX} for other
 * control characters, everything else as UTF-8), without Jackson.
 *
 * <p>Every event writes one revision, and Jackson's binding and its buffer pool took 6% of the
 * stream thread's samples ({@code tools/bench/run --profile}); this takes a string builder.
 * {@code RevisionJsonTest} compares the two over random revisions with awkward strings, so a field
 * added to the record without being added here fails the build.
 */
final class RevisionJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The whole second last written, and its text without the zone ({@code 2026-12-05T15:22:42}):
     * revisions come about in time order, many to a second, and formatting a whole instant took 1.5%
     * of the stream thread's samples. Immutable, so threads may share it without a lock.
     */
    private record Second(long epochSecond, String text) {}

    /** No instant has this second: the first revision formats its own. */
    private static volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

    private RevisionJson() {}

    static byte[] write(Revision revision) {
        final StringBuilder json = new StringBuilder(512);
        json.append("{\"changedAt\":");
        instant(json, revision.changedAt());
        json.append(",\"place\":");
        quoted(json, revision.place());
        json.append(",\"sector\":");
        quoted(json, revision.sector());
        json.append(",\"weekStart\":");
        quoted(json, revision.weekStart() == null ? null : revision.weekStart().toString());
        json.append(",\"before\":");
        measures(json, revision.before());
        json.append(",\"after\":");
        measures(json, revision.after());
        json.append(",\"cause\":");
        quoted(json, revision.cause() == null ? null : revision.cause().name());
        json.append(",\"event\":");
        event(json, revision.event());
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An instant as {@link Instant#toString} writes it (ISO-8601, UTC), quoted; or null. */
    static void instant(StringBuilder json, Instant instant) {
        if (instant == null) {
            json.append("null");
            return;
        }
        Second second = lastSecond;
        if (second.epochSecond() != instant.getEpochSecond()) {
            final String whole = Instant.ofEpochSecond(instant.getEpochSecond()).toString();
            second = new Second(instant.getEpochSecond(), whole.substring(0, whole.length() - 1));
            lastSecond = second;
        }
        json.append('"').append(second.text());
        fraction(json, instant.getNano());
        json.append("Z\"");
    }

    /** The fraction of a second as ISO-8601 instants write it: none, or milli-, micro- or nanoseconds, whichever shows it all. */
    private static void fraction(StringBuilder json, int nanos) {
        if (nanos == 0) {
            return;
        }
        final int digits;
        final int value;
        if (nanos % 1_000_000 == 0) {
            digits = 3;
            value = nanos / 1_000_000;
        } else if (nanos % 1_000 == 0) {
            digits = 6;
            value = nanos / 1_000;
        } else {
            digits = 9;
            value = nanos;
        }
        final String text = Integer.toString(value);
        json.append('.');
        for (int zeros = digits - text.length(); zeros > 0; zeros--) {
            json.append('0');
        }
        json.append(text);
    }

    private static void measures(StringBuilder json, Measures measures) {
        if (measures == null) {
            json.append("null");
            return;
        }
        json.append("{\"jobsAtRisk\":")
                .append(measures.jobsAtRisk())
                .append(",\"jobsLost\":")
                .append(measures.jobsLost())
                .append(",\"jobsSafeguarded\":")
                .append(measures.jobsSafeguarded())
                .append(",\"jobsCreated\":")
                .append(measures.jobsCreated())
                .append(",\"greenJobsCreated\":")
                .append(measures.greenJobsCreated())
                .append(",\"supportAwardedPence\":")
                .append(measures.supportAwardedPence())
                .append(",\"greenInvestmentPence\":")
                .append(measures.greenInvestmentPence())
                .append(",\"events\":")
                .append(measures.events())
                .append(",\"netJobChange\":")
                .append(measures.netJobChange())
                .append('}');
    }

    private static void event(StringBuilder json, Revision.Event event) {
        if (event == null) {
            json.append("null");
            return;
        }
        json.append("{\"partner\":");
        quoted(json, event.partner());
        json.append(",\"kind\":");
        quoted(json, event.kind());
        json.append(",\"eventId\":");
        quoted(json, event.eventId());
        json.append(",\"version\":").append(event.version()).append('}');
    }

    private static void quoted(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
