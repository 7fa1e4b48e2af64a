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
 * lookup waits at most five seconds; when it fails the record goes unchecked rather than stalling
 * the views, and the next record asks again.
 */
final class AdminEventTopicPartitions implements EventTopicPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(AdminEventTopicPartitions.class);
    private static final long LOOKUP_SECONDS = 5;

    private final KafkaAdmin admin;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    AdminEventTopicPartitions(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    public int partitionsOf(String topic, int seenPartition) {
        final Integer known = counts.get(topic);
        if (known != null && seenPartition < known) {
            return known;
        }
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            final int count = client.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(LOOKUP_SECONDS, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .size();
            counts.put(topic, count);
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn(
                    "Could not read the partition count of {}; its records go unchecked until it can be read: {}",
                    topic,
                    e.toString());
            return 0;
        }
    }
}
