package org.recoverytracker.views.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StandbyUpdateListener;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.apache.kafka.streams.processor.TaskId;
import org.springframework.stereotype.Component;

/**
 * How much state this instance reads back from changelogs, by store:
 * {@code recovery_streams_restored_records_total} counts the records restored for tasks it became
 * active for (and for the global stores at start), {@code recovery_streams_standby_records_total}
 * the records its standby replicas kept up with. A failover served from warm standbys restores
 * little; one restored from scratch restores about what the standbys would have held — which is
 * how an operator, and the failover test, tell them apart.
 */
@Component
public class RestorationMetrics implements StateRestoreListener, StandbyUpdateListener {

    private final MeterRegistry registry;

    RestorationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {}

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long restored) {
        counter("recovery.streams.restored.records", store, "Changelog records restored into a store of an active task")
                .increment(restored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {}

    @Override
    public void onUpdateStart(TopicPartition partition, String store, long startingOffset) {}

    @Override
    public void onBatchLoaded(
            TopicPartition partition,
            String store,
            TaskId task,
            long batchEndOffset,
            long batchSize,
            long currentEndOffset) {
        counter(
                        "recovery.streams.standby.records",
                        store,
                        "Changelog records a standby replica of a store kept up with")
                .increment(batchSize);
    }

    @Override
    public void onUpdateSuspended(
            TopicPartition partition, String store, long storeOffset, long currentEndOffset, SuspendReason reason) {}

    /** Store names are the topology's own, so the series are few and fixed. */
    private Counter counter(String name, String store, String description) {
        return Counter.builder(name)
                .tag("store", store)
                .description(description)
                .register(registry);
    }
}
