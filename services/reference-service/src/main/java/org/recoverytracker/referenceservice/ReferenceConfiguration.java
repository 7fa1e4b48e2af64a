package org.recoverytracker.referenceservice;

import java.time.Clock;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.problems.IngestProblemHandler;
import org.recoverytracker.ingest.problems.ProblemWriter;
import org.recoverytracker.ingest.security.IngestSecurityConfiguration;
import org.recoverytracker.ingest.security.PartnerProperties;
import org.recoverytracker.ingest.security.PartnerRateLimiter;
import org.recoverytracker.referenceservice.writing.ReferenceWrites;
import org.recoverytracker.schemas.ReferenceApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reference service shares with the ingest services: partner authentication (API keys
 * and JWTs), problem details, request limits and their defaults ({@code ingest-defaults.properties}).
 */
@Configuration(proxyBeanMethods = false)
@Import({IngestProblemHandler.class, IngestSecurityConfiguration.class})
@EnableConfigurationProperties({IngestProperties.class, PartnerProperties.class, ReferenceProperties.class})
@PropertySource("classpath:ingest-defaults.properties")
class ReferenceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    /** Listens on 8084 on the local stack unless {@code server.port} says otherwise, as in the chart and tests. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> localStackPort(Environment environment) {
        return factory -> {
            if (!environment.containsProperty("server.port")) {
                factory.setPort(ReferenceApi.LOCAL_PORT);
            }
        };
    }

    /** Each partner's request rate limit, on each kind's resource, counted against that kind. */
    @Bean
    WebMvcConfigurer referenceRateLimits(IngestProperties properties, ObjectProvider<ReferenceWrites<?>> writes) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                writes.orderedStream()
                        .forEach(kind -> registry.addInterceptor(
                                        new PartnerRateLimiter(properties.rateLimit(), kind.metrics()))
                                .addPathPatterns(kind.path(), kind.path() + "/**"));
            }
        };
    }
}
