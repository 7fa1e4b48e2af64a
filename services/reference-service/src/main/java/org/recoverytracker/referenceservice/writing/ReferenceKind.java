package org.recoverytracker.referenceservice.writing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.rules.Violation;

/**
 * What makes a kind of reference record (an area, a baseline) what it is: its request shape, its
 * rules, who may write it, and the Kafka record it becomes. How a request is read, checked as a
 * whole and published is the same for every kind ({@link ReferenceWrites}).
 *
 * @param <R> the request class partners post
 */
public interface ReferenceKind<R> {

    /** {@code area}, for messages and the {@code kind} label of the ingest metrics. */
    String name();

    /** The resource, e.g. {@code /v1/areas}. */
    String path();

    Class<R> requestType();

    /** The field of a batch item that holds its id, e.g. {@code areaId}. */
    String idField();

    /** The id a request's body gives, or null. */
    String idOf(R request);

    /**
     * The nested object whose fields a CSV row flattens with its name as a prefix (as
     * {@code sourceTitle} for {@code source.title}), or null when the kind takes no CSV.
     */
    String csvNestedField();

    /** Every rule the request breaks, by field path; empty when it is valid. */
    List<Violation> check(R request);

    /** Why the partner may not write or remove the record with this id, or empty when it may. */
    Optional<String> refusal(Partner partner, String id);

    /** The Kafka key of the partner's record with this id. */
    String key(Partner partner, String id);

    /** The Kafka value a valid request becomes. */
    SpecificRecord toRecord(R request, Partner partner, String id, Instant receivedAt);

    /** Told once Kafka has acknowledged records (a null value: removed), e.g. to remember who owns what. */
    default void published(Partner partner, List<String> ids, boolean removed) {}
}
