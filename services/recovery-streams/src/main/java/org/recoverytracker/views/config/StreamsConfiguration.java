package org.recoverytracker.views.config;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsBuilder;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.partners.PartnerRegistry;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.PublishedSchemas;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.Topic;
import org.recoverytracker.views.metrics.RestorationMetrics;
import org.recoverytracker.views.topology.EventTopicPartitions;
import org.recoverytracker.views.topology.RecoveryTopology;
import org.recoverytracker.views.topology.TopologyMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Runs the views topology: its configuration from {@link StreamsSettings} and {@code spring.kafka.*},
 * the topics it reads and writes (created when missing, so the service can start before any
 * ingest service has), and what happens when a stream thread fails.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class StreamsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsConfiguration.class);

    /** Stream threads replaced within {@link #THREAD_REPLACEMENT_WINDOW} before the instance stops instead. */
    private static final int THREAD_REPLACEMENTS = 3;

    private static final Duration THREAD_REPLACEMENT_WINDOW = Duration.ofMinutes(10);

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration recoveryStreamsConfig(
            KafkaProperties kafka, KafkaConnectionDetails connection, StreamsSettings settings) {
        // Before Kafka Streams creates its clients: they look for the fastest LZ4 at every batch.
        NativeLz4.load();
        final Map<String, Object> base = kafka.buildStreamsProperties();
        base.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getStreams().getBootstrapServers());
        return new KafkaStreamsConfiguration(RecoveryStreamsConfig.of(settings, base));
    }

    @Bean
    PartnerRegistry partnerRegistry(PartnerSettings settings) {
        final PartnerRegistry registry = new PartnerRegistry(settings.partners());
        if (registry.isEmpty()) {
            LOG.warn(
                    "No partners are configured (recovery.partners): every record on a partner topic will be dead-lettered");
        }
        return registry;
    }

    /** The partners by API key, for the calls that need a partner's credential (the drill-down). */
    @Bean
    PartnerDirectory partnerDirectory(PartnerSettings settings) {
        return new PartnerDirectory(settings.partners());
    }

    /** Newer builds' event schemas, for reading their records during a rolling upgrade. */
    @Bean(destroyMethod = "close")
    PublishedSchemas publishedSchemas(KafkaProperties kafka, KafkaConnectionDetails connection) {
        return PublishedSchemas.from(clientProperties(kafka.buildConsumerProperties(), connection));
    }

    @Bean
    SchemaPublication schemaPublication(KafkaProperties kafka, KafkaConnectionDetails connection) {
        return new SchemaPublication(clientProperties(kafka.buildProducerProperties(), connection));
    }

    /** A client's properties with the servers the streams connect to (the local stack's, or the cluster's). */
    public static Map<String, Object> clientProperties(
            Map<String, Object> properties, KafkaConnectionDetails connection) {
        final Map<String, Object> client = new HashMap<>(properties);
        client.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getStreams().getBootstrapServers());
        return client;
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer recoveryTopology(
            PartnerRegistry partners,
            KafkaAdmin admin,
            PublishedSchemas schemas,
            TopologyMetrics metrics,
            RestorationMetrics restoration) {
        final EventTopicPartitions partitions = new AdminEventTopicPartitions(admin);
        return factory -> {
            factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
                @Override
                public void configureBuilder(StreamsBuilder builder) {
                    RecoveryTopology.build(builder, partners, partitions, schemas, metrics);
                }
            });
            // An instance that stops hands its partitions over at once, instead of after the
            // session timeout.
            factory.setLeaveGroupOnClose(true);
            factory.setStreamsUncaughtExceptionHandler(
                    new ThreadFailurePolicy(THREAD_REPLACEMENTS, THREAD_REPLACEMENT_WINDOW, Clock.systemUTC()));
            factory.setStateRestoreListener(restoration);
            factory.setKafkaStreamsCustomizer(streams -> streams.setStandbyUpdateListener(restoration));
        };
    }

    /** The project's topics and every configured partner's topics, created when missing. */
    @Bean
    KafkaAdmin.NewTopics recoveryTopics(StreamsSettings settings, PartnerRegistry partners) {
        final Topic.Layout layout = new Topic.Layout(
                settings.partitions(),
                settings.replicationFactor() < 0 ? null : (short) settings.replicationFactor(),
                settings.minInsyncReplicas());
        final Stream<Topic<String, byte[]>> partnerTopics = partners.ids().stream()
                .flatMap(partner -> PartnerTopic.of(partner).values().stream())
                .map(PartnerTopic::topic);
        return new KafkaAdmin.NewTopics(Stream.concat(RecoveryTopics.all().stream(), partnerTopics)
                .map(topic -> topic.newTopic(layout))
                .toArray(NewTopic[]::new));
    }
}
