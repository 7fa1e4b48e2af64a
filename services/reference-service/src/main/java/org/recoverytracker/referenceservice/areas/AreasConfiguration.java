package org.recoverytracker.referenceservice.areas;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.publishing.BatchTurns;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.KafkaConnectivity;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.referenceservice.writing.ReferenceWrites;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.ReferenceApi;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** Areas: their owners read from the topic, their rules, and their writes to {@code recovery.areas.v1}. */
@Configuration(proxyBeanMethods = false)
class AreasConfiguration {

    @Bean
    AreaOwners areaOwners(KafkaProperties kafka, KafkaConnectionDetails connection) {
        final Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getConsumer().getBootstrapServers());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new AreaOwners(() -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()));
    }

    /** Readiness includes this as {@code areaOwners}. */
    @Bean
    HealthIndicator areaOwnersHealthIndicator(AreaOwners owners) {
        return owners::health;
    }

    @Bean
    ReferenceWrites<AreaRequest> areaWrites(
            AreaOwners owners,
            IngestProperties properties,
            KafkaTemplate<String, SpecificRecord> referenceKafkaTemplate,
            KafkaConnectivity connectivity,
            BatchTurns batchTurns,
            MeterRegistry registry,
            PartnerDirectory partners,
            Clock clock) {
        return new ReferenceWrites<>(
                new AreaKind(owners, clock),
                properties,
                new EventPublisher(
                        referenceKafkaTemplate, RecoveryTopics.AREA, properties.kafkaTimeout(), connectivity),
                batchTurns,
                new IngestMetrics(registry, ReferenceApi.AREA_KIND, partners.partnerIds()),
                clock);
    }
}
