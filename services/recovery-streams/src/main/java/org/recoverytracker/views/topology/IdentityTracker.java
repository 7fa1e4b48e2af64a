package org.recoverytracker.views.topology;

import java.util.Objects;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
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
 */
final class IdentityTracker implements Processor<String, DecodedEvent, String, CellDelta> {

    private ProcessorContext<String, CellDelta> context;
    private KeyValueStore<String, Contribution> contributions;

    @Override
    public void init(ProcessorContext<String, CellDelta> context) {
        this.context = context;
        this.contributions = context.getStateStore(ViewStores.EVENT_CONTRIBUTIONS);
    }

    @Override
    public void process(Record<String, DecodedEvent> record) {
        final String identity = record.value().identity();
        final Contribution before = contributions.get(identity);
        final Contribution after = record.value().contribution();
        if (Objects.equals(before, after)) {
            return;
        }
        if (after == null) {
            contributions.delete(identity);
        } else {
            contributions.put(identity, after);
        }
        final long changedAt = record.timestamp();
        if (before != null && after != null && before.sameCell(after)) {
            forward(record, after.place(), new CellDelta(after.sector(), after.weekStart(),
                    after.measures().minus(before.measures()), changedAt));
            return;
        }
        if (before != null) {
            forward(record, before.place(), CellDelta.removing(before, changedAt));
        }
        if (after != null) {
            forward(record, after.place(), CellDelta.adding(after, changedAt));
        }
    }

    private void forward(Record<String, DecodedEvent> record, String place, CellDelta delta) {
        context.forward(record.withKey(place).withValue(delta));
    }
}
