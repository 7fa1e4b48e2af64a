package org.recoverytracker.views.query;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.recoverytracker.views.config.StreamsSettings;
import org.recoverytracker.views.topology.ViewStores;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * How many partitions the place views are spread over: those of the place repartition topic. Read
 * from the cluster once it is known; it does not change while the application runs.
 */
@Component
public class PartitionCount {

    private final KafkaAdmin admin;
    private final String topic;
    private volatile int count;

    PartitionCount(KafkaAdmin admin, StreamsSettings settings) {
        this.admin = admin;
        this.topic = ViewStores.placeDeltasTopic(settings.applicationId());
    }

    public int get() {
        if (count == 0) {
            try (Admin client = Admin.create(admin.getConfigurationProperties())) {
                count = client.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get(5, TimeUnit.SECONDS)
                        .get(topic)
                        .partitions()
                        .size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewsUnavailableException("Interrupted while reading the views' partitions.", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new ViewsUnavailableException("The views' partitions are not known yet.", e);
            }
        }
        return count;
    }
}
