package org.recoverytracker.bench.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the views are behind what was written to their input topics: for each partition the
 * streams application has committed progress on (the event topics and the place repartition
 * topic), the records committed to it that the application has not yet committed as processed.
 * Read with an admin client, so asking costs the views nothing. With exactly-once, progress is
 * committed every commit interval, so a view that keeps up still lags by up to that much load.
 */
public final class ViewsLag implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;
    private final String applicationId;

    /** @param applicationId the streams application's id, which is its consumer group */
    public ViewsLag(String bootstrap, String applicationId) {
        this.admin = Admin.create(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG,
                (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)));
        this.applicationId = applicationId;
    }

    /** Records behind, summed over the partitions; -1 when the application has committed nothing yet. */
    public long records() throws InterruptedException {
        try {
            final Map<TopicPartition, OffsetAndMetadata> processed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (processed.isEmpty()) {
                return -1;
            }
            final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                            processed.keySet().stream()
                                    .collect(
                                            Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())),
                            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long behind = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : processed.entrySet()) {
                final long end = ends.get(entry.getKey()).offset();
                behind += Math.max(
                        0,
                        end - (entry.getValue() == null ? 0 : entry.getValue().offset()));
            }
            return behind;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the lag of " + applicationId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
