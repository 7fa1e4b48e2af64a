package org.recoverytracker.views.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.RecoveryTopics;

/**
 * A partner-topic record after the gate: the topic it goes to and its value there. Serialized as
 * just the value, so the topic the record lands on sees exactly the bytes an ingest service would
 * write.
 *
 * @param topic the event topic of its kind, or the dead-letter topic
 * @param value the event (null for a retraction), or the dead letter's copy of the original
 */
record GatedRecord(String topic, byte[] value) {

    static GatedRecord accepted(EventKind kind, byte[] value) {
        return new GatedRecord(kind.topic(), value);
    }

    static GatedRecord deadLetter(byte[] originalValue) {
        return new GatedRecord(RecoveryTopics.DEAD_LETTER, originalValue);
    }

    /** Writes the value only; the topic is chosen by the sink. Never read back. */
    static Serde<GatedRecord> valueOnlySerde() {
        return Serdes.serdeFrom((topic, gated) -> gated == null ? null : gated.value(), (topic, bytes) -> {
            throw new UnsupportedOperationException("gated records are only written");
        });
    }
}
