package org.recoverytracker.views.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.recoverytracker.views.topology.EventTopicPartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Event topics' partition counts from the cluster: read once per topic (a stream thread's first
 * record of it), and again only if a record comes from a partition beyond the known count. A
 * lookup waits at most five seconds; when it fails the topic's records go unchecked rather than
 * stalling the views, and the count is asked for again 30 s later.
 */
final class AdminEventTopicPartitions implements EventTopicPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(AdminEventTopicPartitions.class);
    private static final long LOOKUP_SECONDS = 5;
    /** After a failed lookup, records of that topic go unchecked this long before the next try. */
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final KafkaAdmin admin;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> failedAtNanos = new ConcurrentHashMap<>();

    AdminEventTopicPartitions(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    public int partitionsOf(String topic, int seenPartition) {
        final Integer known = counts.get(topic);
        if (known != null && seenPartition < known) {
            return known;
        }
        // Without this a cluster that can't answer would cost every record a lookup of up to 5 s.
        final Long failedAt = failedAtNanos.get(topic);
        if (failedAt != null && System.nanoTime() - failedAt < RETRY_NANOS) {
            return 0;
        }
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            final int count = client.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(LOOKUP_SECONDS, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .size();
            counts.put(topic, count);
            failedAtNanos.remove(topic);
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            failedAtNanos.put(topic, System.nanoTime());
            LOG.warn(
                    "Could not read the partition count of {}; its records go unchecked for 30 s, then it is read again: {}",
                    topic,
                    e.toString());
            return 0;
        }
    }
}
