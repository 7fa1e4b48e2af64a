package org.recoverytracker.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import org.recoverytracker.ingest.api.IngestController;
import org.recoverytracker.ingest.api.IngestOpenApi;
import org.recoverytracker.ingest.api.IngestRoutes;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.IngestProblemHandler;
import org.recoverytracker.ingest.problems.ProblemWriter;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.PublishingConfiguration;
import org.recoverytracker.ingest.security.IngestSecurityConfiguration;
import org.recoverytracker.ingest.security.PartnerProperties;
import org.recoverytracker.partners.PartnerDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything an ingest service needs besides its {@link IngestKind} bean. An ingest application
 * imports this; {@code ingest-defaults.properties} holds the shared defaults (actuator exposure,
 * readiness with Kafka), which a service's own {@code application.yml} may override.
 */
@Configuration(proxyBeanMethods = false)
@Import({
    IngestController.class,
    IngestRoutes.class,
    IngestProblemHandler.class,
    IngestSecurityConfiguration.class,
    PublishingConfiguration.class
})
@EnableConfigurationProperties({IngestProperties.class, PartnerProperties.class})
@PropertySource("classpath:ingest-defaults.properties")
public class IngestConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry registry, IngestKind<?> kind, PartnerDirectory partners) {
        return new IngestMetrics(registry, kind.kind(), partners.partnerIds());
    }

    @Bean
    IngestOpenApi ingestOpenApi(
            IngestKind<?> kind, IngestProperties properties, ObjectProvider<JwtDecoder> jwtDecoder) {
        return new IngestOpenApi(kind, properties, jwtDecoder.getIfAvailable() != null);
    }

    /**
     * Listens on the kind's port of the local stack (8081 for job losses) unless {@code server.port}
     * says otherwise, as it does in the chart and in tests.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> localStackPort(
            IngestKind<?> kind, Environment environment) {
        return factory -> {
            if (!environment.containsProperty("server.port")) {
                factory.setPort(kind.kind().localPort());
            }
        };
    }

    @Bean
    IngestService ingestService(
            IngestKind<?> kind,
            IngestProperties properties,
            Validator validator,
            EventPublisher publisher,
            IngestMetrics metrics,
            Clock clock) {
        return IngestService.of(kind, properties, validator, publisher, metrics, clock);
    }
}
