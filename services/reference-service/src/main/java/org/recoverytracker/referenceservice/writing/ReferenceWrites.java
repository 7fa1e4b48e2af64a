package org.recoverytracker.referenceservice.writing;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.problems.RowError;
import org.recoverytracker.ingest.publishing.BatchTurns;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedRecord;
import org.recoverytracker.ingest.reading.BoundedBody;
import org.recoverytracker.ingest.reading.CsvEventItems;
import org.recoverytracker.ingest.reading.EventBinder;
import org.recoverytracker.ingest.reading.EventItems;
import org.recoverytracker.ingest.reading.JsonEventItems;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.schemas.EventKey;
import org.springframework.http.MediaType;

/**
 * What happens to a partner's write of reference records, whatever the kind, with the ingest API's
 * rules: bodies bounded in size and time, every problem of a request reported at once, and a batch
 * published all or nothing, in one Kafka transaction, only once every record of it is valid and
 * the partner may write each.
 *
 * @param <R> the kind's request class
 */
public final class ReferenceWrites<R> {

    /** Problems listed for one request (as the ingest services list). */
    static final int MAX_ERRORS = 1_000;

    private static final String ID_RULE = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";

    private final ReferenceKind<R> kind;
    private final IngestProperties properties;
    private final EventBinder<R> binder;
    private final EventPublisher publisher;
    private final BatchTurns batchTurns;
    private final IngestMetrics metrics;
    private final Clock clock;

    public ReferenceWrites(
            ReferenceKind<R> kind,
            IngestProperties properties,
            EventPublisher publisher,
            BatchTurns batchTurns,
            IngestMetrics metrics,
            Clock clock) {
        this.kind = kind;
        this.properties = properties;
        this.binder = new EventBinder<>(kind.requestType(), kind.name());
        this.publisher = publisher;
        this.batchTurns = batchTurns;
        this.metrics = metrics;
        this.clock = clock;
    }

    public String path() {
        return kind.path();
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    /** Creates or replaces the partner's record with this id. */
    public void put(Partner partner, String id, HttpServletRequest request) {
        metrics.counted(partner.id(), () -> {
            requireId(id);
            final byte[] body = BoundedBody.read(request, properties.maxEventSize(), properties.bodyReadDeadline());
            final KeyedRecord record = prepare(partner, JsonEventItems.single(body), id, IntUnaryOperator.identity())
                    .get(0)
                    .record();
            publisher.publishRecord(record);
            kind.published(partner, List.of(id), false);
            return 1;
        });
    }

    /** Removes the partner's record with this id: a tombstone under its key. */
    public void remove(Partner partner, String id) {
        metrics.counted(partner.id(), () -> {
            requireId(id);
            final Optional<String> refusal = kind.refusal(partner, id);
            if (refusal.isPresent()) {
                throw RejectedRequestException.notPermitted(
                        refusal.get(), List.of(new RowError(0, kind.idField(), refusal.get())), 1);
            }
            publisher.publishRecord(new KeyedRecord(kind.key(partner, id), null));
            kind.published(partner, List.of(id), true);
            return 1;
        });
    }

    /** Creates or replaces every record of a JSON (or, for kinds that take it, CSV) batch, in one transaction. */
    public int postBatch(Partner partner, HttpServletRequest request, MediaType contentType) {
        return postBody(partner, request, body -> Converted.asIs(read(body, contentType)))
                .accepted();
    }

    /**
     * Records read from a body in a shape of its own (such as a statistics service's CSV export),
     * each row that applies converted to the kind's request.
     *
     * @param items the requests, in the kind's JSON shape
     * @param rowOf the row of the body each item comes from, for the problems listed
     * @param ignored rows of the body that don't apply (other measures, totals), not published
     */
    public record Converted(EventItems items, IntUnaryOperator rowOf, int ignored) {

        static Converted asIs(EventItems items) {
            return new Converted(items, IntUnaryOperator.identity(), 0);
        }
    }

    /** What a converted body became: the records published, and the rows that didn't apply. */
    public record Published(int accepted, int ignored) {}

    /**
     * Creates or replaces every record a body converts to, in one transaction, all or nothing, with
     * the batch rules (a turn among the batches, the batch size limit and read deadline).
     */
    public Published postBody(Partner partner, HttpServletRequest request, Function<byte[], Converted> convert) {
        final int[] ignored = new int[1];
        final int accepted = metrics.counted(
                partner.id(),
                () -> batchTurns.inTurn(() -> {
                    final byte[] body =
                            BoundedBody.read(request, properties.maxBatchSize(), properties.bodyReadDeadline());
                    final Converted converted = convert.apply(body);
                    ignored[0] = converted.ignored();
                    if (converted.items().size() == 0) {
                        throw RejectedRequestException.malformed("The body holds no " + kind.name() + "s"
                                + (converted.ignored() > 0 ? " (" + converted.ignored() + " rows don't apply)" : "")
                                + "; nothing was published.");
                    }
                    final List<Prepared> records = prepare(partner, converted.items(), null, converted.rowOf());
                    publisher.publishAllRecords(
                            records.stream().map(Prepared::record).toList());
                    kind.published(partner, records.stream().map(Prepared::id).toList(), false);
                    return records.size();
                }));
        return new Published(accepted, ignored[0]);
    }

    private EventItems read(byte[] body, MediaType contentType) {
        if (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return JsonEventItems.batch(body, properties.maxBatchEvents());
        }
        if (kind.csvNestedField() == null) {
            throw RejectedRequestException.malformed(
                    "A batch of " + kind.name() + "s is a JSON array; CSV can't hold their nested lists.");
        }
        return CsvEventItems.batch(
                body, CsvEventItems.charsetOf(contentType), kind.csvNestedField(), properties.maxBatchEvents());
    }

    /** A checked record with its id, ready to publish. */
    private record Prepared(String id, KeyedRecord record) {}

    /** Binds and checks every record and the partner's permission for each. */
    private List<Prepared> prepare(Partner partner, EventItems items, String pathId, IntUnaryOperator rowOf) {
        final List<RowError> errors = new ArrayList<>(items.readErrors());
        final List<RowError> forbidden = new ArrayList<>();
        final List<Prepared> records = new ArrayList<>(items.size());
        final Map<String, Integer> firstIndexOfId = new HashMap<>();
        final Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int at = 0; at < items.size() && errors.size() < MAX_ERRORS; at++) {
            final int index = rowOf.applyAsInt(at);
            final EventBinder.Binding<R> binding = binder.bind(items.items().get(at), index, items.fieldNames());
            errors.addAll(binding.errors());
            final R request = binding.request();
            if (request == null) {
                continue;
            }
            final String id = idOf(request, pathId, index, items, errors, firstIndexOfId);
            final int errorsBefore = errors.size();
            kind.check(request).stream()
                    .filter(violation -> binding.errors().stream()
                            .noneMatch(bad -> bad.field().equals(violation.field())))
                    .forEach(violation -> errors.add(
                            new RowError(index, items.fieldNames().nameOf(violation.field()), violation.message())));
            if (id == null || !binding.isBound() || errors.size() > errorsBefore) {
                continue;
            }
            final Optional<String> refusal = kind.refusal(partner, id);
            if (refusal.isPresent()) {
                forbidden.add(new RowError(index, items.fieldNames().nameOf(kind.idField()), refusal.get()));
            } else {
                records.add(new Prepared(
                        id, new KeyedRecord(kind.key(partner, id), kind.toRecord(request, partner, id, receivedAt))));
            }
        }
        if (errors.size() >= MAX_ERRORS) {
            errors.add(new RowError(
                    errors.get(errors.size() - 1).index(),
                    "",
                    "not all checked: the first " + MAX_ERRORS + " problems of this request are listed"));
        }
        if (!errors.isEmpty()) {
            throw RejectedRequestException.invalid(errors, items.size(), kind.name());
        }
        if (!forbidden.isEmpty()) {
            throw RejectedRequestException.notPermitted(
                    "Partner '" + partner.id() + "' may not write " + forbidden.size() + " of the " + items.size() + " "
                            + kind.name() + "s; nothing was published. See errors.",
                    forbidden,
                    items.size());
        }
        return records;
    }

    /** The id of a record: the path's for a PUT (a body id must match it), the body's in a batch. */
    private String idOf(
            R request,
            String pathId,
            int index,
            EventItems items,
            List<RowError> errors,
            Map<String, Integer> firstIndexOfId) {
        final String field = items.fieldNames().nameOf(kind.idField());
        final String bodyId = kind.idOf(request);
        if (pathId != null) {
            if (bodyId != null && !bodyId.equals(pathId)) {
                errors.add(new RowError(
                        index,
                        field,
                        "is '" + bodyId + "' but the path says '" + pathId + "'; leave it out or make them match"));
                return null;
            }
            return pathId;
        }
        if (bodyId == null) {
            errors.add(new RowError(index, field, "is required for each " + kind.name() + " of a batch"));
            return null;
        }
        if (!EventKey.isEventId(bodyId)) {
            errors.add(new RowError(index, field, ID_RULE));
            return null;
        }
        final Integer earlier = firstIndexOfId.putIfAbsent(bodyId, index);
        if (earlier != null) {
            errors.add(new RowError(
                    index,
                    field,
                    "'" + bodyId + "' is also the id of " + kind.name() + " " + earlier
                            + " of this batch; each needs its own id"));
            return null;
        }
        return bodyId;
    }

    private void requireId(String id) {
        if (!EventKey.isEventId(id)) {
            throw RejectedRequestException.invalid(List.of(new RowError(0, kind.idField(), ID_RULE)), 1, kind.name());
        }
    }
}
