package org.recoverytracker.ingest.publishing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
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
        final Map<String, Object> config = kafka.buildProducerProperties();
        config.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Bounded waits, so an outage becomes a 503 within the timeout rather than a hung request.
        final int timeoutMs = (int) ingest.kafkaTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2 - 5));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        final var factory = new DefaultKafkaProducerFactory<String, SpecificRecord>(
                config, new StringSerializer(), EventSerde.forKind(kind.kind()).serializer());
        factory.setTransactionIdPrefix(transactionIdPrefix(kind));
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
                RecoveryTopics.events(kind.kind()).newTopic(ingest.topic().layout()),
                RecoveryTopics.SCHEMAS.newTopic(ingest.topic().layout()),
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

    /**
     * Unique per process: instances must never share a transactional id, or they would fence each
     * other's batches.
     */
    private static String transactionIdPrefix(IngestKind<?> kind) {
        return "recovery-ingest-" + kind.kind().id() + "-" + hostName() + "-" + UUID.randomUUID() + "-";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
