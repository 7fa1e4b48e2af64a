package org.recoverytracker.ingest;

import java.time.Clock;

import jakarta.validation.Validator;

import io.micrometer.core.instrument.MeterRegistry;

import org.recoverytracker.ingest.api.IngestController;
import org.recoverytracker.ingest.api.IngestOpenApi;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.IngestProblemHandler;
import org.recoverytracker.ingest.problems.ProblemWriter;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.PublishingConfiguration;
import org.recoverytracker.ingest.security.IngestSecurityConfiguration;
import org.recoverytracker.ingest.security.PartnerDirectory;
import org.recoverytracker.ingest.security.PartnerProperties;
import org.recoverytracker.ingest.security.PartnerRateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Everything an ingest service needs besides its {@link IngestKind} bean. An ingest application
 * imports this; {@code ingest-defaults.properties} holds the shared defaults (actuator exposure,
 * readiness with Kafka), which a service's own {@code application.yml} may override.
 */
@Configuration(proxyBeanMethods = false)
@Import({IngestController.class, IngestProblemHandler.class, IngestSecurityConfiguration.class,
        PublishingConfiguration.class})
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
    IngestOpenApi ingestOpenApi(IngestKind<?> kind, IngestProperties properties, ObjectProvider<JwtDecoder> jwtDecoder) {
        return new IngestOpenApi(kind, properties, jwtDecoder.getIfAvailable() != null);
    }

    /** Applies each partner's rate limit to the ingest resource. */
    @Bean
    WebMvcConfigurer partnerRateLimits(IngestProperties properties, IngestMetrics metrics) {
        final PartnerRateLimiter limiter = new PartnerRateLimiter(properties.rateLimit(), metrics);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(limiter).addPathPatterns(properties.path(), properties.path() + "/**");
            }
        };
    }

    @Bean
    IngestService ingestService(IngestKind<?> kind, IngestProperties properties, Validator validator,
                                EventPublisher publisher, IngestMetrics metrics, Clock clock) {
        return IngestService.of(kind, properties, validator, publisher, metrics, clock);
    }
}
