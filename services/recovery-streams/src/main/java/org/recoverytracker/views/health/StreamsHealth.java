package org.recoverytracker.views.health;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * {@code kafkaStreams} health, part of readiness: UP only while the streams are RUNNING, so a pod
 * that is starting, restoring or rebalancing gets no traffic it would have to refuse.
 */
@Component("kafkaStreamsHealthIndicator")
class StreamsHealth implements HealthIndicator {

    private final StreamsBuilderFactoryBean factory;

    StreamsHealth(StreamsBuilderFactoryBean factory) {
        this.factory = factory;
    }

    @Override
    public Health health() {
        final KafkaStreams streams = factory.getKafkaStreams();
        if (streams == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        final KafkaStreams.State state = streams.state();
        return (state == KafkaStreams.State.RUNNING ? Health.up() : Health.down()).withDetail("state", state.name()).build();
    }
}
