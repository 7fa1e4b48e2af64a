package org.recoverytracker.referenceservice.publishing;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.publishing.BatchTurns;
import org.recoverytracker.ingest.publishing.KafkaConnectivity;
import org.recoverytracker.ingest.publishing.ReliableProducer;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.Baseline;
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

/**
 * The producer the reference service writes with: the ingest services' guarantees
 * ({@link ReliableProducer}: idempotent, {@code acks=all}, bounded waits, transactions for
 * batches), Avro single-object values, and the same readiness (Kafka reachable, topics there,
 * writer schemas published).
 */
@Configuration(proxyBeanMethods = false)
public class ReferencePublishing {

    @Bean
    KafkaTemplate<String, SpecificRecord> referenceKafkaTemplate(
            KafkaProperties kafka,
            KafkaConnectionDetails connection,
            IngestProperties ingest,
            ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        final var factory = new DefaultKafkaProducerFactory<String, SpecificRecord>(
                ReliableProducer.config(kafka, connection, ingest),
                new StringSerializer(),
                new SingleObjectSerializer());
        factory.setTransactionIdPrefix(ReliableProducer.transactionIdPrefix("recovery-reference"));
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        final KafkaTemplate<String, SpecificRecord> template = new KafkaTemplate<>(factory);
        // Single records need no transaction: one idempotent write is already atomic.
        template.setAllowNonTransactional(true);
        return template;
    }

    @Bean
    KafkaConnectivity kafkaConnectivity(
            KafkaProperties kafka, KafkaConnectionDetails connection, IngestProperties ingest) {
        final Map<String, Object> admin = kafka.buildAdminProperties();
        admin.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getAdmin().getBootstrapServers());
        final Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        final var layout = ingest.topic().layout();
        return new KafkaConnectivity(
                Admin.create(admin),
                List.of(
                        RecoveryTopics.AREAS.newTopic(layout),
                        RecoveryTopics.BASELINES.newTopic(layout),
                        RecoveryTopics.SCHEMAS.newTopic(layout)),
                () -> SchemaPublisher.publish(
                        producer, List.of(Area.getClassSchema(), Baseline.getClassSchema()), ingest.kafkaTimeout()),
                ingest.kafkaProbeInterval());
    }

    /** Readiness includes this as {@code kafka}. */
    @Bean
    HealthIndicator kafkaHealthIndicator(KafkaConnectivity connectivity) {
        return connectivity::health;
    }

    /** Batches of areas and of baselines take turns from one pool, so the bodies held in memory are bounded. */
    @Bean
    BatchTurns batchTurns(IngestProperties ingest) {
        return new BatchTurns(ingest.maxConcurrentBatches(), ingest.kafkaTimeout());
    }
}
