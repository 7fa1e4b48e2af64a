package org.recoverytracker.views.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds the recovery gauge families to {@code /actuator/prometheus}, in whichever text format the
 * scraper asked for: appended to the Prometheus text format, or before the closing
 * {@code # EOF} of OpenMetrics. See {@link RecoveryGaugeFamilies} for why they are not Micrometer
 * meters.
 */
@Configuration(proxyBeanMethods = false)
public class RecoveryGaugeExposition {

    static final String SCRAPE_PATH = "/actuator/prometheus";
    private static final String OPENMETRICS_EOF = "# EOF\n";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> recoveryGaugeFilter(RecoveryGauges gauges,
                                                                     @Value("${spring.application.name}") String application) {
        final FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                final ContentCachingResponseWrapper scrape = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, scrape);
                if (scrape.getStatus() != HttpServletResponse.SC_OK) {
                    scrape.copyBodyToResponse();
                    return;
                }
                final String body = new String(scrape.getContentAsByteArray(), StandardCharsets.UTF_8);
                final String families = RecoveryGaugeFamilies.write(gauges.views(), application);
                final String withGauges = body.endsWith(OPENMETRICS_EOF)
                        ? body.substring(0, body.length() - OPENMETRICS_EOF.length()) + families + OPENMETRICS_EOF
                        : body + families;
                final byte[] bytes = withGauges.getBytes(StandardCharsets.UTF_8);
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        });
        registration.addUrlPatterns(SCRAPE_PATH);
        return registration;
    }
}
