package org.recoverytracker.dashboard;

import org.recoverytracker.dashboard.catalogue.CatalogueController;
import org.recoverytracker.dashboard.downloads.DownloadsController;
import org.recoverytracker.dashboard.page.DashboardController;
import org.recoverytracker.dashboard.page.DashboardSettings;
import org.recoverytracker.dashboard.page.PageSecurityHeaders;
import org.recoverytracker.dashboard.page.PageTurns;
import org.recoverytracker.dashboard.page.PlaceChooser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.webjars.WebJarVersionLocator;

/**
 * The dashboard page and its downloads, for a service to host: it imports this configuration and
 * provides a {@code RecoveryViews} bean that reads its views.
 *
 * <p>Imported explicitly rather than registered as auto-configuration: the page takes {@code /},
 * {@code /places}, {@code /areas}, {@code /downloads}, {@code /catalog.jsonld} and the asset paths of whatever application it is in, so a
 * service should serve it because it says so, not because the jar happens to be on its classpath.
 *
 * <p>The page's script, styles and icon are in {@code META-INF/resources/dashboard/}, as WebJars
 * keep theirs: Spring Boot serves a library's web files from there before the host's own
 * {@code static/}, so the host's files can't shadow them.
 *
 * <p>GOV.UK Frontend's fonts and images are served at {@code /assets/}, where its compiled
 * stylesheet looks for them ({@code url(/assets/fonts/...)}), from the WebJar itself, so that
 * nothing is fetched from a CDN or any other host.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardSettings.class)
@Import({DashboardController.class, DownloadsController.class, CatalogueController.class, PlaceChooser.class})
public class DashboardConfiguration implements WebMvcConfigurer {

    private final DashboardSettings settings;

    DashboardConfiguration(DashboardSettings settings) {
        this.settings = settings;
    }

    /** The page's security headers, then a turn for every page, fragment and download; see {@link PageTurns}. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        final String[] pages = {
            "/", "/places/**", "/regions/**", "/areas/**", "/downloads/**", "/dashboard/fragments/**", "/catalog.jsonld"
        };
        registry.addInterceptor(new PageSecurityHeaders()).addPathPatterns(pages);
        registry.addInterceptor(
                        new PageTurns(settings.concurrentRenders(), settings.waitingRenders(), settings.renderWait()))
                .addPathPatterns(pages);
    }

    /**
     * Switches off the filter that Spring Boot adds with the resource chain (the WebJars locator
     * turns it on), which passes every link a template writes ({@code th:href}) through the static
     * resource resolvers in case it names a versioned file. The page's links are to pages and API
     * addresses, and its files are linked by plain paths, so nothing was ever rewritten; but each
     * link was looked up on the classpath, in every jar of the application. Without it, the home page
     * and a place's page with exact figures take 17% less CPU to render (21.0 against 17.5 ms a
     * page, 3 × 200 loads of each).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        final FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        final String version = new WebJarVersionLocator().version("govuk-frontend");
        if (version == null) {
            throw new IllegalStateException("The govuk-frontend WebJar is missing from the classpath");
        }
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
    }
}
