package org.recoverytracker.ingest;

import java.util.Objects;
import org.recoverytracker.schemas.EventKind;

/**
 * What makes an ingest service the one for its kind of event: the kind, and the request class
 * partners post. Each ingest service declares exactly one as a bean; everything else is shared.
 *
 * @param kind the event kind, which fixes the Kafka topic and the Avro record
 * @param requestType the JSON/CSV shape of one event
 * @param <D> the request class
 */
public record IngestKind<D extends EventRequest<?>>(EventKind kind, Class<D> requestType) {

    public IngestKind {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestType, "requestType");
    }

    /** The resource the service serves, e.g. {@code /v1/job-losses}. */
    public String path() {
        return kind.resourcePath();
    }

    /**
     * The field holding the event's organisation (employer, recipient, organisation); in CSV its
     * parts are flattened to columns such as {@code employerName}.
     */
    public String organisationField() {
        return kind.organisationField();
    }

    /** "job-loss event", for messages. */
    public String eventName() {
        return kind.id() + " event";
    }
}
