package org.recoverytracker.views.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.views.topology.TopologyMetrics;
import org.springframework.stereotype.Component;

/**
 * The pipeline's own health, beside Kafka Streams' client metrics:
 * {@code recovery_dead_letters_total{topic}}, {@code recovery_view_freshness_seconds} (a histogram
 * of the delay from an event record being written to its change reaching the views),
 * {@code recovery_area_records_skipped_total{reason}}.
 */
@Component
class PipelineMetrics implements TopologyMetrics {

    private final MeterRegistry registry;
    private final Timer freshness;
    private final Clock clock;

    PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.clock = Clock.systemUTC();
        this.freshness = Timer.builder("recovery.view.freshness")
                .description("Delay from an event record being written to its change reaching the views")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        // Registered at zero, so that the first dead letter shows as an increase.
        RecoveryTopics.eventTopicNames().forEach(this::deadLetterCounter);
    }

    @Override
    public void deadLetter(String sourceTopic) {
        deadLetterCounter(sourceTopic).increment();
    }

    private Counter deadLetterCounter(String sourceTopic) {
        return Counter.builder("recovery.dead.letters")
                .description("Event records sent to the dead-letter topic, by source topic")
                .tag("topic", sourceTopic)
                .register(registry);
    }

    /** {@code recovery_area_records_skipped_total{reason}}: records of {@code recovery.areas.v1} the views could not use. */
    @Override
    public void skipped(String kind) {
        Counter.builder("recovery.area.records.skipped")
                .description("Records of recovery.areas.v1 the views skipped, by reason")
                .tag("reason", kind)
                .register(registry)
                .increment();
    }

    @Override
    public void viewUpdated(long changedAtMillis) {
        freshness.record(Duration.ofMillis(Math.max(0, clock.millis() - changedAtMillis)));
    }
}
