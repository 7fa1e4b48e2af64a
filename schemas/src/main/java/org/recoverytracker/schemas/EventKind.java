package org.recoverytracker.schemas;

import java.util.Arrays;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;

/**
 * The three kinds of event partners post, and everything the contract fixes per kind: its Avro
 * record, Kafka topic, ingest service with its resource path and local port, and the name of its
 * organisation field. Every module reads these from here rather than keeping a copy; an event's
 * identity is (partner, kind, eventId).
 */
public enum EventKind {
    JOB_LOSS("job-loss", JobLossEvent.class, "/v1/job-losses", 8081, "employer"),
    BUSINESS_SUPPORT("business-support", BusinessSupportEvent.class, "/v1/business-support", 8082, "recipient"),
    GREEN_ECONOMY("green-economy", GreenEconomyEvent.class, "/v1/green-economy", 8083, "organisation");

    private final String id;
    private final Class<? extends SpecificRecord> recordClass;
    private final String resourcePath;
    private final int localPort;
    private final String organisationField;

    EventKind(
            String id,
            Class<? extends SpecificRecord> recordClass,
            String resourcePath,
            int localPort,
            String organisationField) {
        this.id = id;
        this.recordClass = recordClass;
        this.resourcePath = resourcePath;
        this.localPort = localPort;
        this.organisationField = organisationField;
    }

    /** The kind's name in topics, metrics labels, options and configuration, e.g. {@code job-loss}. */
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

    /** The ingest service's resource, e.g. {@code /v1/job-losses}. */
    public String resourcePath() {
        return resourcePath;
    }

    /** The port of the kind's ingest service on the local stack, e.g. 8081. */
    public int localPort() {
        return localPort;
    }

    /** The name of the kind's ingest service and its module, e.g. {@code job-loss-service}. */
    public String serviceName() {
        return id + "-service";
    }

    /**
     * The field that holds the event's organisation ({@code employer}, {@code recipient},
     * {@code organisation}); CSV flattens its parts to columns such as {@code employerName}.
     */
    public String organisationField() {
        return organisationField;
    }

    public static Optional<EventKind> ofId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public static Optional<EventKind> ofTopic(String topic) {
        return Arrays.stream(values())
                .filter(kind -> kind.topic().equals(topic))
                .findFirst();
    }
}
