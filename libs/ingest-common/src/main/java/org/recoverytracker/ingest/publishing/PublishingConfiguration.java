package org.recoverytracker.ingest.publishing;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.schemas.EventSerde;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.SchemaPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer every ingest service writes with. Connection settings (bootstrap servers, TLS,
 * SASL) come from {@code spring.kafka.*}; the delivery guarantees are fixed here, because they are
 * what the 202 promises: idempotent, {@code acks=all}, and transactions for batches.
 */
@Configuration(proxyBeanMethods = false)
public class PublishingConfiguration {

    @Bean
    ProducerFactory<String, SpecificRecord> eventProducerFactory(
            KafkaProperties kafka,
            KafkaConnectionDetails connection,
            IngestProperties ingest,
            IngestKind<?> kind,
            ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        final Map<String, Object> config = ReliableProducer.config(kafka, connection, ingest);
        final var factory = new DefaultKafkaProducerFactory<String, SpecificRecord>(
                config, new StringSerializer(), EventSerde.forKind(kind.kind()).serializer());
        factory.setTransactionIdPrefix(ReliableProducer.transactionIdPrefix(
                "recovery-ingest-" + kind.kind().id()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        return factory;
    }

    @Bean
    KafkaTemplate<String, SpecificRecord> eventKafkaTemplate(ProducerFactory<String, SpecificRecord> producerFactory) {
        final KafkaTemplate<String, SpecificRecord> template = new KafkaTemplate<>(producerFactory);
        // Single events need no transaction: one idempotent write is already atomic.
        template.setAllowNonTransactional(true);
        return template;
    }

    @Bean
    KafkaConnectivity kafkaConnectivity(
            KafkaProperties kafka, KafkaConnectionDetails connection, IngestProperties ingest, IngestKind<?> kind) {
        final Map<String, Object> config = kafka.buildAdminProperties();
        config.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getAdmin().getBootstrapServers());
        final Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        final List<Schema> schema = SchemaPublisher.currentSchemas(List.of(kind.kind()));
        return new KafkaConnectivity(
                Admin.create(config),
                List.of(
                        RecoveryTopics.events(kind.kind())
                                .newTopic(ingest.topic().layout()),
                        RecoveryTopics.SCHEMAS.newTopic(ingest.topic().layout())),
                () -> SchemaPublisher.publish(producer, schema, ingest.kafkaTimeout()),
                ingest.kafkaProbeInterval());
    }

    /** Readiness includes this as {@code kafka}. */
    @Bean
    HealthIndicator kafkaHealthIndicator(KafkaConnectivity connectivity) {
        return connectivity::health;
    }

    @Bean
    EventPublisher eventPublisher(
            KafkaTemplate<String, SpecificRecord> eventKafkaTemplate,
            IngestKind<?> kind,
            IngestProperties ingest,
            KafkaConnectivity connectivity) {
        return new EventPublisher(eventKafkaTemplate, kind.kind().topic(), ingest.kafkaTimeout(), connectivity);
    }
}
