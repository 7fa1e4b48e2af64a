package org.recoverytracker.views.topology;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The headers a dead-letter record carries: where the record came from and why it can't be used.
 * Its key and value are the original ones, so a fixed record can be produced again as it was.
 */
public final class DeadLetters {

    public static final String SOURCE_TOPIC = "recovery.source.topic";
    public static final String SOURCE_PARTITION = "recovery.source.partition";
    public static final String SOURCE_OFFSET = "recovery.source.offset";
    public static final String REASON = "recovery.dead-letter.reason";

    private DeadLetters() {
    }

    static Headers headers(Headers original, RecordMetadata source, String reason) {
        final Headers headers = new RecordHeaders(original.toArray());
        headers.remove(SOURCE_TOPIC).remove(SOURCE_PARTITION).remove(SOURCE_OFFSET).remove(REASON);
        return headers
                .add(SOURCE_TOPIC, utf8(source.topic()))
                .add(SOURCE_PARTITION, utf8(Integer.toString(source.partition())))
                .add(SOURCE_OFFSET, utf8(Long.toString(source.offset())))
                .add(REASON, utf8(reason));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
