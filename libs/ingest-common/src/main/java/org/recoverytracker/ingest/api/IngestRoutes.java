package org.recoverytracker.ingest.api;

import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.security.PartnerRateLimiter;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the ingest API is served: under its kind's resource path from the catalogue
 * ({@code /v1/job-losses} for job losses), behind each partner's request rate limit. The path is
 * not configured per service, so it can't drift from what partners and the local stack use.
 */
public class IngestRoutes implements WebMvcConfigurer {

    private final IngestKind<?> kind;
    private final IngestProperties properties;
    private final IngestMetrics metrics;

    IngestRoutes(IngestKind<?> kind, IngestProperties properties, IngestMetrics metrics) {
        this.kind = kind;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        configurer.addPathPrefix(kind.path(), HandlerTypePredicate.forAssignableType(IngestController.class));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PartnerRateLimiter(properties.rateLimit(), metrics))
                .addPathPatterns(kind.path(), kind.path() + "/**");
    }
}
