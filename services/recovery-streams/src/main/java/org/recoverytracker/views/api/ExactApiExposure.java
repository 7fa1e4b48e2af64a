package org.recoverytracker.views.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may read the exact figures ({@code recovery.views.exact-api.exposure}): {@code public} (the
 * local stack's default) lets anyone; {@code partners} (the chart's production default) asks every
 * exact view and download for a partner's credential, a 401 without one; {@code cluster} lets
 * anyone this service is reachable by, as the chart then routes none of them from outside. The
 * open views, the data dictionary and the catalogue stay open whatever the setting.
 */
@Configuration(proxyBeanMethods = false)
class ExactApiExposure implements WebMvcConfigurer {

    /** The exact views and downloads. */
    static final List<String> EXACT_PATHS = List.of("/v1/**", "/downloads/**");

    /** What stays open within them: the description of the data, not the data. */
    static final List<String> ALWAYS_OPEN =
            List.of("/v1/dictionary", "/downloads/dictionary.csv", "/downloads/dictionary.csv-metadata.json");

    private final boolean partnersOnly;
    private final PartnerCallers callers;

    ExactApiExposure(@Value("${recovery.views.exact-api.exposure:public}") String exposure, PartnerCallers callers) {
        this.partnersOnly = switch (exposure.toLowerCase(Locale.ROOT)) {
            case "partners" -> true;
            case "public", "cluster" -> false;
            default ->
                throw new IllegalArgumentException(
                        "recovery.views.exact-api.exposure must be cluster, partners or public, not '" + exposure
                                + "'");
        };
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (partnersOnly) {
            registry.addInterceptor(new HandlerInterceptor() {
                        @Override
                        public boolean preHandle(
                                HttpServletRequest request, HttpServletResponse response, Object handler) {
                            callers.required(
                                    request.getHeader(PartnerCallers.API_KEY),
                                    request.getHeader(HttpHeaders.AUTHORIZATION),
                                    "The exact figures are for partners (the open figures, under /open/v1, are for"
                                            + " everyone)");
                            return true;
                        }
                    })
                    .addPathPatterns(EXACT_PATHS)
                    .excludePathPatterns(ALWAYS_OPEN);
        }
    }
}
