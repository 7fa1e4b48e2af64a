package org.recoverytracker.referenceservice.baselines;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.publishing.BatchTurns;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.KafkaConnectivity;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.referenceservice.ReferenceProperties;
import org.recoverytracker.referenceservice.writing.ReferenceWrites;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.ReferenceApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** Baselines: who may write them, their rules, and their writes to {@code recovery.baselines.v1}. */
@Configuration(proxyBeanMethods = false)
class BaselinesConfiguration {

    @Bean
    ReferenceWrites<BaselineRequest> baselineWrites(
            ReferenceProperties reference,
            IngestProperties properties,
            KafkaTemplate<String, SpecificRecord> referenceKafkaTemplate,
            KafkaConnectivity connectivity,
            BatchTurns batchTurns,
            MeterRegistry registry,
            PartnerDirectory partners,
            Clock clock) {
        return new ReferenceWrites<>(
                new BaselineKind(new BaselineWriters(Set.copyOf(reference.baselineWriters())), clock),
                properties,
                new EventPublisher(
                        referenceKafkaTemplate, RecoveryTopics.BASELINE, properties.kafkaTimeout(), connectivity),
                batchTurns,
                new IngestMetrics(registry, ReferenceApi.BASELINE_KIND, partners.partnerIds()),
                clock);
    }
}
