package org.recoverytracker.views.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves {@code /actuator/prometheus} through {@link RecoveryScrapeEndpoint}. */
@Configuration(proxyBeanMethods = false)
class RecoveryScrapeConfiguration {

    @Bean
    RecoveryScrapeEndpoint prometheusEndpoint(
            PrometheusRegistry registry,
            PrometheusConfig config,
            RecoveryGauges gauges,
            @Value("${spring.application.name}") String application) {
        return new RecoveryScrapeEndpoint(registry, config.prometheusProperties(), gauges, application);
    }
}
