package org.recoverytracker.schemas;

import java.util.Arrays;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;

/**
 * The three kinds of event partners post. Each kind has its own Avro record, Kafka topic and
 * ingest service; an event's identity is (partner, kind, eventId).
 */
public enum EventKind {
    JOB_LOSS("job-loss", JobLossEvent.class),
    BUSINESS_SUPPORT("business-support", BusinessSupportEvent.class),
    GREEN_ECONOMY("green-economy", GreenEconomyEvent.class);

    private final String id;
    private final Class<? extends SpecificRecord> recordClass;

    EventKind(String id, Class<? extends SpecificRecord> recordClass) {
        this.id = id;
        this.recordClass = recordClass;
    }

    /** The kind's name in topics, metrics labels and configuration, e.g. {@code job-loss}. */
    public String id() {
        return id;
    }

    public Class<? extends SpecificRecord> recordClass() {
        return recordClass;
    }

    /** The kind's event topic, e.g. {@code recovery.job-loss.v1}. */
    public String topic() {
        return "recovery." + id + ".v1";
    }

    public static Optional<EventKind> ofTopic(String topic) {
        return Arrays.stream(values()).filter(kind -> kind.topic().equals(topic)).findFirst();
    }
}
