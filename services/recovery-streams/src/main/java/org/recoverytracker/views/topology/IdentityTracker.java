package org.recoverytracker.views.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Remembers the current contribution of every live event identity and turns each new version of
 * an event into changes to the views: the new contribution less the old one. A correction within
 * the same place, sector and week is one change; one that moves the event is a removal from the
 * old cell and an addition to the new; a retraction is a removal. A duplicate or replayed record
 * changes nothing, so nothing is counted twice.
 *
 * <p>No repartition is needed here: every version of an identity is on the same partition of its
 * topic, so one task sees them all, in order.
 *
 * <p>Sums never overflow. Every measure is a sum of non-negative amounts, so no view (a cell, a
 * week, a region, the UK) can hold more than the sum over every live event. Each task keeps the
 * sum of its own live events at most {@link #TASK_LIMIT}, 2<sup>53</sup> (£90 trillion in pence,
 * far beyond any real figure); with at most {@link #MAX_TASKS} tasks the UK total, and so every
 * view, stays below {@code Long.MAX_VALUE}. A version that would take this task's sum past the
 * limit is dead-lettered and its identity keeps its previous version.
 */
final class IdentityTracker implements Processor<String, DecodedEvent, String, TrackedChange> {

    /** Partitions (so tasks) the event topics may have without a view's sum being able to overflow. */
    static final int MAX_TASKS = 1024;

    static final long TASK_LIMIT = Long.MAX_VALUE / MAX_TASKS;

    private final TopologyMetrics metrics;
    private ProcessorContext<String, TrackedChange> context;
    private KeyValueStore<String, TrackedEvent> identities;
    /** The sum of every live event of this task: derived from the contributions when the task starts. */
    private Measures taskTotal = Measures.NONE;

    IdentityTracker(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, TrackedChange> context) {
        this.context = context;
        this.identities = context.getStateStore(ViewStores.EVENT_CONTRIBUTIONS);
        try (KeyValueIterator<String, TrackedEvent> all = identities.all()) {
            all.forEachRemaining(entry -> taskTotal = taskTotal.plus(entry.value.measures()));
        }
    }

    @Override
    public void process(Record<String, DecodedEvent> record) {
        final String identity = record.value().identity();
        final TrackedEvent before = identities.get(identity);
        final Contribution decoded = record.value().contribution();
        if (before == null ? decoded == null : decoded != null && before.sameEventAs(decoded)) {
            // A duplicate, a replay, or a retraction of what is not live: nothing changes, and the
            // version that counts keeps its provenance (first received, first offset).
            return;
        }
        final int version = before == null ? 1 : before.version() + 1;
        final Contribution after = decoded == null ? null : decoded.withVersion(version);
        final Measures newTotal = taskTotal
                .plus(after == null ? Measures.NONE : after.measures())
                .minus(before == null ? Measures.NONE : before.measures());
        final String overflowing = newTotal.firstAbove(TASK_LIMIT);
        if (overflowing != null) {
            final DeadLetters.DeadLetter deadLetter = DeadLetters.of(
                    record.headers(),
                    context.recordMetadata().orElseThrow(),
                    "overflow: counting it would take the sum of " + overflowing + " past " + TASK_LIMIT
                            + ", the most a view can safely hold",
                    record.value().value(),
                    metrics);
            context.forward(record.withValue(TrackedChange.deadLetter(deadLetter.value()))
                    .withHeaders(deadLetter.headers()));
            return;
        }
        taskTotal = newTotal;
        if (after == null) {
            identities.delete(identity);
        } else {
            identities.put(identity, TrackedEvent.of(after));
        }
        final long changedAt = record.timestamp();
        final EventRef event = record.value().event().withVersion(version);
        if (before == null) {
            forward(record, after.place(), CellDelta.adding(after, changedAt, Cause.CREATED));
        } else if (after == null) {
            forward(record, before.place(), CellDelta.removing(before, changedAt, Cause.RETRACTED, event));
        } else if (before.sameCell(after)) {
            forward(record, after.place(), CellDelta.replacing(before, after, changedAt));
        } else {
            forward(record, before.place(), CellDelta.removing(before, changedAt, Cause.MOVED_OUT, event));
            forward(record, after.place(), CellDelta.adding(after, changedAt, Cause.MOVED_IN));
        }
    }

    private void forward(Record<String, DecodedEvent> record, String place, CellDelta delta) {
        context.forward(record.withKey(place).withValue(TrackedChange.of(delta)));
    }
}
