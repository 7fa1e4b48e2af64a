package org.recoverytracker.ingest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.problems.RowError;
import org.recoverytracker.ingest.publishing.BatchTurns;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;
import org.recoverytracker.ingest.reading.BoundedBody;
import org.recoverytracker.ingest.reading.CsvEventItems;
import org.recoverytracker.ingest.reading.EventBinder;
import org.recoverytracker.ingest.reading.EventItems;
import org.recoverytracker.ingest.reading.JsonEventItems;
import org.recoverytracker.ingest.validation.EventValidation;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.rules.ViewPlace;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKey;
import org.springframework.http.MediaType;

/**
 * What happens to a partner's request, whatever the kind: read the body, bind and check every
 * event, check the partner may write for each place, then publish — everything or nothing.
 */
public final class IngestService {

    /**
     * Problems listed for one request. A hostile batch could otherwise make millions (tens of
     * seconds of CPU and an answer of hundreds of megabytes); a partner fixes the first thousand
     * and sends again.
     */
    static final int MAX_ERRORS = 1_000;

    private final IngestKind<?> kind;
    private final IngestProperties properties;
    private final EventBinder<? extends EventRequest<?>> binder;
    private final EventValidation validation;
    private final EventPublisher publisher;
    private final BatchTurns batchTurns;
    private final IngestMetrics metrics;
    private final Clock clock;

    /** The service for a kind, with the validation and the batch turns its settings call for. */
    public static IngestService of(
            IngestKind<?> kind,
            IngestProperties properties,
            Validator validator,
            EventPublisher publisher,
            IngestMetrics metrics,
            Clock clock) {
        return new IngestService(
                kind,
                properties,
                new EventValidation(validator, kind.kind()),
                publisher,
                new BatchTurns(properties.maxConcurrentBatches(), properties.kafkaTimeout()),
                metrics,
                clock);
    }

    private IngestService(
            IngestKind<?> kind,
            IngestProperties properties,
            EventValidation validation,
            EventPublisher publisher,
            BatchTurns batchTurns,
            IngestMetrics metrics,
            Clock clock) {
        this.kind = kind;
        this.properties = properties;
        this.binder = new EventBinder<>(kind.requestType(), kind.eventName());
        this.validation = validation;
        this.publisher = publisher;
        this.batchTurns = batchTurns;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Creates or replaces (corrects) the partner's event with this id. */
    public void put(Partner partner, String eventId, HttpServletRequest request) {
        metrics.counted(partner.id(), () -> {
            requireEventId(eventId);
            final byte[] body = BoundedBody.read(request, properties.maxEventSize(), properties.bodyReadDeadline());
            final KeyedEvent event =
                    prepare(partner, JsonEventItems.single(body), eventId).get(0);
            publisher.publish(event);
            return 1;
        });
    }

    /** Retracts the partner's event with this id: a tombstone under its key. */
    public void retract(Partner partner, String eventId) {
        metrics.counted(partner.id(), () -> {
            requireEventId(eventId);
            publisher.publish(new KeyedEvent(new EventKey(partner.id(), eventId), null));
            return 1;
        });
    }

    /** Creates or replaces every event of a JSON or CSV batch, in one transaction. */
    public int postBatch(Partner partner, HttpServletRequest request, MediaType contentType) {
        // The turn is taken before the body is read, so that bodies in memory are bounded too.
        return metrics.counted(
                partner.id(),
                () -> batchTurns.inTurn(() -> {
                    final byte[] body =
                            BoundedBody.read(request, properties.maxBatchSize(), properties.bodyReadDeadline());
                    final EventItems items = MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                            ? JsonEventItems.batch(body, properties.maxBatchEvents())
                            : CsvEventItems.batch(
                                    body,
                                    CsvEventItems.charsetOf(contentType),
                                    kind.organisationField(),
                                    properties.maxBatchEvents());
                    if (items.size() == 0) {
                        throw RejectedRequestException.malformed("The batch holds no events; nothing was published.");
                    }
                    final List<KeyedEvent> events = prepare(partner, items, null);
                    publisher.publishAll(events);
                    return events.size();
                }));
    }

    /**
     * This instance's batch turns, for another endpoint of the service that holds a batch's worth
     * of body and events (the business-support service's 360Giving import): sharing them keeps
     * one bound on what all such requests hold in memory at once.
     */
    public BatchTurns batchTurns() {
        return batchTurns;
    }

    /**
     * Binds and checks every event and the partner's permission for its place.
     *
     * @param pathEventId the event id of a PUT, or null for a batch, where each event carries its own
     */
    private List<KeyedEvent> prepare(Partner partner, EventItems items, String pathEventId) {
        final List<RowError> errors = new ArrayList<>(items.readErrors());
        final List<RowError> forbidden = new ArrayList<>();
        final List<KeyedEvent> events = new ArrayList<>(items.size());
        final Map<String, Integer> firstIndexOfId = new HashMap<>();
        final var receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int index = 0; index < items.size(); index++) {
            if (errors.size() >= MAX_ERRORS) {
                errors.add(new RowError(
                        index,
                        "",
                        "not checked: the first " + MAX_ERRORS + " problems of this request "
                                + "are listed; fix them and send it again"));
                break;
            }
            final EventBinder.Binding<? extends EventRequest<?>> binding =
                    binder.bind(items.items().get(index), index, items.fieldNames());
            errors.addAll(binding.errors());
            final EventRequest<?> request = binding.request();
            if (request == null) {
                continue;
            }
            final String eventId = eventIdOf(request, pathEventId, index, items, errors, firstIndexOfId);
            if (eventId == null) {
                continue;
            }
            final var envelope = new EventEnvelope(eventId, partner.id(), receivedAt);
            final EventValidation.Checked checked = validation.check(request, envelope, index, items.fieldNames());
            // A field that could not be bound is already reported; it is not also "required".
            checked.errors().stream()
                    .filter(error -> binding.errors().stream()
                            .noneMatch(bad -> bad.field().equals(error.field())))
                    .forEach(errors::add);
            if (!binding.isBound() || !checked.isValid()) {
                continue;
            }
            // A partner's places are current districts: it may post a code that has since ended
            // when the event counts in one of them.
            final CommonEventFields event = CommonEventFields.of(checked.event());
            if (!partner.mayWriteFor(ViewPlace.of(event))) {
                forbidden.add(new RowError(
                        index,
                        items.fieldNames().nameOf(CommonEventFields.PLACE),
                        "partner '" + partner.id() + "' may not write for " + ViewPlace.asPosted(event)));
            } else {
                events.add(new KeyedEvent(envelope.key(), checked.event()));
            }
        }
        if (!errors.isEmpty()) {
            throw RejectedRequestException.invalid(errors, items.size());
        }
        if (!forbidden.isEmpty()) {
            throw RejectedRequestException.placeNotPermitted(partner.id(), forbidden, items.size());
        }
        return events;
    }

    /** The id of an event: the path's for a PUT (a body id must match it), the body's in a batch. */
    private static String eventIdOf(
            EventRequest<?> request,
            String pathEventId,
            int index,
            EventItems items,
            List<RowError> errors,
            Map<String, Integer> firstIndexOfId) {
        final String field = items.fieldNames().nameOf(CommonEventFields.EVENT_ID);
        final String bodyEventId = request.eventId();
        if (pathEventId != null) {
            if (bodyEventId != null && !bodyEventId.equals(pathEventId)) {
                errors.add(new RowError(
                        index,
                        field,
                        "is '" + bodyEventId + "' but the path says '" + pathEventId
                                + "'; leave it out or make them match"));
                return null;
            }
            return pathEventId;
        }
        if (bodyEventId == null) {
            errors.add(new RowError(index, field, "is required for each event of a batch"));
            return null;
        }
        final Integer earlier = firstIndexOfId.putIfAbsent(bodyEventId, index);
        if (earlier != null) {
            errors.add(new RowError(
                    index,
                    field,
                    "'" + bodyEventId + "' is also the id of event " + earlier
                            + " of this batch; each event of a batch needs its own id"));
            return null;
        }
        return bodyEventId;
    }

    private static void requireEventId(String eventId) {
        if (!EventKey.isEventId(eventId)) {
            throw RejectedRequestException.invalid(
                    List.of(new RowError(
                            0,
                            CommonEventFields.EVENT_ID,
                            "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'")),
                    1);
        }
    }
}
