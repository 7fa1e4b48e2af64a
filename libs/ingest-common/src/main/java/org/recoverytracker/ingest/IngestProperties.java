package org.recoverytracker.ingest;

import java.time.Duration;
import org.recoverytracker.schemas.Topic.Layout;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of an ingest service ({@code recovery.ingest}).
 *
 * @param maxEventSize the largest body of a single-event PUT
 * @param maxBatchSize the largest body of a batch POST
 * @param maxBatchEvents the most events in one batch
 * @param bodyReadDeadline how long a request's body may take to arrive before it is refused with
 *                         a 408; 16 MB in 60 s needs about 2.2 Mbit/s
 * @param maxConcurrentBatches the most batches one instance reads, checks and writes at once; more
 *                             wait for a turn up to {@code kafkaTimeout}, then get a 503
 * @param kafkaTimeout how long a write may wait for Kafka's acknowledgement before the client gets
 *                     a 503; bounded so that clients learn of an outage quickly
 * @param kafkaProbeInterval how often Kafka's reachability is checked, for readiness and to refuse
 *                           writes at once while it is down
 * @param topic how the kind's event topic is created when it does not exist
 * @param rateLimit how many requests a partner may make, unless its configuration says otherwise
 */
@ConfigurationProperties("recovery.ingest")
public record IngestProperties(
        @DefaultValue("64KB") DataSize maxEventSize,
        @DefaultValue("16MB") DataSize maxBatchSize,
        @DefaultValue("10000") int maxBatchEvents,
        @DefaultValue("60s") Duration bodyReadDeadline,
        @DefaultValue("4") int maxConcurrentBatches,
        @DefaultValue("8s") Duration kafkaTimeout,
        @DefaultValue("2s") Duration kafkaProbeInterval,
        @DefaultValue Topic topic,
        @DefaultValue RateLimit rateLimit) {

    /**
     * @param requestsPerMinute requests a partner may make per minute, in bursts of up to as many
     */
    public record RateLimit(@DefaultValue("600") int requestsPerMinute) {}

    /**
     * @param partitions partitions of the event topic; events of one identity always share one
     * @param replicationFactor replicas of each partition; unset takes the broker's default
     *                          (production: 3)
     * @param minInsyncReplicas replicas that must have a write before it is acknowledged; unset
     *                          takes the broker's default (production: 2)
     */
    public record Topic(@DefaultValue("6") int partitions, Short replicationFactor, Integer minInsyncReplicas) {

        public Layout layout() {
            return new Layout(partitions, replicationFactor, minInsyncReplicas);
        }
    }
}
