package org.recoverytracker.views.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/** {@code recovery_streams_running}: 1 while this instance's Kafka Streams are RUNNING, else 0. */
@Component
class StreamsRunningGauge implements MeterBinder {

    private final StreamsBuilderFactoryBean streams;

    StreamsRunningGauge(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("recovery.streams.running", streams, StreamsRunningGauge::running)
                .description("1 while this instance's Kafka Streams are RUNNING, else 0")
                .register(registry);
    }

    private static double running(StreamsBuilderFactoryBean streams) {
        final KafkaStreams kafkaStreams = streams.getKafkaStreams();
        return kafkaStreams != null && kafkaStreams.state() == KafkaStreams.State.RUNNING ? 1 : 0;
    }
}
