package org.recoverytracker.views.open;

import java.time.Clock;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.config.StreamsConfiguration;
import org.recoverytracker.views.config.StreamsSettings;
import org.recoverytracker.views.query.StreamsAccess;
import org.recoverytracker.views.query.ViewQueries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The releases of the open views: their topics, the cutter, and the daily schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenSettings.class)
class OpenReleasesConfiguration {

    @Bean
    ReleaseTopics releaseTopics(KafkaProperties kafka, KafkaConnectionDetails connection, StreamsSettings streams) {
        return new ReleaseTopics(
                StreamsConfiguration.clientProperties(kafka.buildProducerProperties(), connection),
                StreamsConfiguration.clientProperties(kafka.buildConsumerProperties(), connection),
                streams.applicationId());
    }

    @Bean
    ReleaseCutter releaseCutter(
            ViewQueries queries,
            AreaDefinitions areas,
            ReleaseTopics topics,
            OpenReleases releases,
            OpenSettings settings) {
        return new ReleaseCutter(queries, areas, topics, releases, settings, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "recovery.open.scheduled", matchIfMissing = true)
    ReleaseSchedule releaseSchedule(ReleaseCutter cutter, StreamsAccess streams, OpenSettings settings) {
        return new ReleaseSchedule(cutter, streams, settings, Clock.systemUTC());
    }
}
