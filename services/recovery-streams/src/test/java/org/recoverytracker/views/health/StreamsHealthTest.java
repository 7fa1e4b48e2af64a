package org.recoverytracker.views.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class StreamsHealthTest {

    private final KafkaStreams streams = mock(KafkaStreams.class);
    private final StreamsHealth health = new StreamsHealth(new StreamsBuilderFactoryBean() {
        @Override
        public KafkaStreams getKafkaStreams() {
            return streams;
        }
    });

    private Status after(State state, State previous) {
        health.stateChanged(state, previous);
        when(streams.state()).thenReturn(state);
        return health.health().getStatus();
    }

    @Test
    void isNotReadyWhileTheFirstRebalanceAndRestoreRun() {
        assertThat(after(State.REBALANCING, State.CREATED)).isEqualTo(Status.DOWN);
    }

    @Test
    void staysReadyThroughARebalanceOnceItHasRun() {
        after(State.REBALANCING, State.CREATED);
        assertThat(after(State.RUNNING, State.REBALANCING)).isEqualTo(Status.UP);

        assertThat(after(State.REBALANCING, State.RUNNING)).isEqualTo(Status.UP);
        assertThat(after(State.RUNNING, State.REBALANCING)).isEqualTo(Status.UP);
    }

    @Test
    void isNotReadyOnceTheStreamsFailOrStopEvenIfTheyRanBefore() {
        after(State.RUNNING, State.REBALANCING);

        assertThat(after(State.PENDING_ERROR, State.RUNNING)).isEqualTo(Status.DOWN);
        assertThat(after(State.REBALANCING, State.PENDING_ERROR)).isEqualTo(Status.DOWN);
    }
}
