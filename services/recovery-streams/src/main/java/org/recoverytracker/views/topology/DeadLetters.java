package org.recoverytracker.views.topology;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.recoverytracker.schemas.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headers a dead-letter record carries: where the record came from and why it can't be used.
 * Its key and value are the original ones, so a fixed record can be produced again as it was.
 */
public final class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private static final String PREFIX = "recovery.";

    public static final String SOURCE_TOPIC = "recovery.source.topic";
    public static final String SOURCE_PARTITION = "recovery.source.partition";
    public static final String SOURCE_OFFSET = "recovery.source.offset";
    public static final String REASON = "recovery.dead-letter.reason";
    /** On a dead letter whose value was too large to copy whole: the original's size in bytes. */
    public static final String ORIGINAL_SIZE = "recovery.dead-letter.original-size";
    /** On a dead letter whose value was too large to copy whole: the original's SHA-256, in hex. */
    public static final String ORIGINAL_SHA256 = "recovery.dead-letter.original-sha256";
    /** On a dead letter whose original headers were too large to copy: {@code true}. */
    public static final String HEADERS_DROPPED = "recovery.dead-letter.headers-dropped";

    /** The most of an original value a dead letter carries. */
    public static final int MAX_COPIED_VALUE_BYTES = 64 * 1024;

    private DeadLetters() {}

    /** The most of the original headers, in bytes, a dead letter carries; beyond it they are dropped. */
    static final int MAX_COPIED_HEADER_BYTES = 16 * 1024;
    /** The longest reason a dead letter states; reasons quote input, which may be long. */
    private static final int MAX_REASON_CHARS = 2_000;

    /**
     * The headers of a dead letter: the original ones unless they are too large to copy, then
     * where the record came from and why it can't be used, and for a value too large to copy whole,
     * its size and SHA-256.
     */
    static Headers headers(Headers original, RecordMetadata source, String reason, byte[] originalValue) {
        final Headers headers = new RecordHeaders();
        if (sizeOf(original) <= MAX_COPIED_HEADER_BYTES) {
            for (Header header : original) {
                if (!header.key().startsWith(PREFIX)) {
                    headers.add(header);
                }
            }
        } else {
            headers.add(HEADERS_DROPPED, utf8("true"));
        }
        headers.add(SOURCE_TOPIC, utf8(source.topic()))
                .add(SOURCE_PARTITION, utf8(Integer.toString(source.partition())))
                .add(SOURCE_OFFSET, utf8(Long.toString(source.offset())))
                .add(
                        REASON,
                        utf8(
                                reason.length() <= MAX_REASON_CHARS
                                        ? reason
                                        : reason.substring(0, MAX_REASON_CHARS) + "…"));
        if (originalValue != null && originalValue.length > MAX_COPIED_VALUE_BYTES) {
            headers.add(ORIGINAL_SIZE, utf8(Integer.toString(originalValue.length)))
                    .add(ORIGINAL_SHA256, utf8(Sha256.hex(originalValue)));
        }
        return headers;
    }

    /** A dead letter's value (a possibly truncated copy of the original) and headers. */
    record DeadLetter(byte[] value, Headers headers) {}

    /**
     * Logs why a record can't be used, counts it, and returns the dead letter to write in its place:
     * what every processor that dead-letters does.
     */
    static DeadLetter of(
            Headers original, RecordMetadata source, String reason, byte[] originalValue, TopologyMetrics metrics) {
        LOG.warn("Dead letter from {}-{}@{}: {}", source.topic(), source.partition(), source.offset(), reason);
        metrics.deadLetter(source.topic());
        return new DeadLetter(value(originalValue), headers(original, source, reason, originalValue));
    }

    /**
     * The value a dead letter carries: the original, or its first {@link #MAX_COPIED_VALUE_BYTES}
     * when it is larger, so that the dead letter can always be written (a record that was
     * compressed on the way in may be far larger than the topic takes once decompressed).
     */
    static byte[] value(byte[] originalValue) {
        return originalValue == null || originalValue.length <= MAX_COPIED_VALUE_BYTES
                ? originalValue
                : Arrays.copyOf(originalValue, MAX_COPIED_VALUE_BYTES);
    }

    private static long sizeOf(Headers headers) {
        long size = 0;
        for (Header header : headers) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
