package org.recoverytracker.views.health;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * {@code kafkaStreams} health, part of readiness. It is DOWN until the streams are RUNNING for the
 * first time, so a pod that is starting or restoring gets no traffic it would have to refuse.
 * After that it stays UP through rebalances: every instance rebalances together when one joins or
 * leaves, and if all of them left the Service the whole API would vanish for the length of the
 * rebalance. Queries that arrive meanwhile get a 503 with {@code Retry-After} and the client
 * tries again. It is DOWN again when the streams stop or fail.
 */
@Component("kafkaStreamsHealthIndicator")
class StreamsHealth implements HealthIndicator {

    private final StreamsBuilderFactoryBean factory;
    private volatile boolean hasRun;

    StreamsHealth(StreamsBuilderFactoryBean factory) {
        this.factory = factory;
        factory.setStateListener(this::stateChanged);
    }

    void stateChanged(State newState, State oldState) {
        if (newState == State.RUNNING) {
            hasRun = true;
        } else if (newState != State.REBALANCING) {
            hasRun = false;
        }
    }

    @Override
    public Health health() {
        final KafkaStreams streams = factory.getKafkaStreams();
        if (streams == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        final State state = streams.state();
        final boolean ready = state == State.RUNNING || state == State.REBALANCING && hasRun;
        return (ready ? Health.up() : Health.down())
                .withDetail("state", state.name())
                .build();
    }
}
