package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * views.exactApi.exposure: who may call the exact Views API and the exact CSV downloads. With {@code public} and
 * {@code partners} the Ingress routes them (with {@code partners} the views service asks for a partner's
 * credential); with {@code cluster} it doesn't. The open views, the dashboard page and the data dictionary are
 * routed whatever the exposure.
 */
class ExactApiExposureTest {

    private static final String STREAMS = HelmChart.FULLNAME + "-streams";
    private static final String HOST = "recovery.example.com";
    private static final String ENV = "RECOVERY_VIEWS_EXACT_API_EXPOSURE";

    /** The exact Views API's paths: the contract's, not the chart's ingress.viewsPaths, so a change there shows. */
    private static final List<String> EXACT_API = List.of("/v1/places", "/v1/regions", "/v1/uk", "/v1/areas");

    /** Requests for exact figures: the Views API (with its partners-only drill-down) and the CSV downloads. */
    private static final List<String> EXACT_REQUESTS = List.of(
            "/v1/places",
            "/v1/places/E09000018",
            "/v1/places/E09000018/sectors/C/weekly",
            "/v1/places/E09000018/sectors/C/provenance",
            "/v1/regions/E12000007/index",
            "/v1/uk",
            "/v1/uk/weekly",
            "/v1/areas/west-london",
            "/downloads/uk.csv",
            "/downloads/uk.csv-metadata.json",
            "/downloads/places.csv",
            "/downloads/regions/E12000007/weekly.csv",
            "/downloads/areas/west-london.csv");

    /** Requests for what is public: the open views, the page and its assets, the catalogue and the dictionary. */
    private static final List<String> PUBLIC_REQUESTS = List.of(
            "/open/v1/uk",
            "/open/places/E09000018",
            "/",
            "/places/E09000018",
            "/places/E09000018/sectors/C/provenance",
            "/areas/west-london",
            "/dashboard/fragments/uk",
            "/dashboard/dashboard.css",
            "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
            "/assets/fonts/light-f591b13f7d-v2.woff2",
            "/catalog.jsonld",
            "/v1/dictionary",
            "/downloads/dictionary.csv",
            "/downloads/dictionary.csv-metadata.json");

    /** The API documentation the page links to: served only with apiDocs.enabled, and never routed. */
    private static final Set<String> API_DOCS = Set.of("/swagger-ui.html", "/v3/api-docs");

    @Test
    void thePublicPageShowsTheOpenFiguresUnlessTheOperatorSaysExact() {
        assertThat(pageFigures(HelmChart.renderProduction())).isEqualTo("open");
        assertThat(pageFigures(HelmChart.renderDefaults())).isEqualTo("open");
        assertThat(pageFigures(HelmChart.renderDefaults(Map.of("views.dashboard.figures", "exact"))))
                .isEqualTo("exact");
    }

    @Test
    void productionAndTheDefaultsLeaveTheExactFiguresToPartners() {
        assertThat(exposure(HelmChart.renderProduction())).isEqualTo("partners");
        assertThat(exposure(HelmChart.renderDefaults())).isEqualTo("partners");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"public", "partners", "cluster"})
    void theViewsServiceIsToldTheExposureAsItsSpringProperty(String value) {
        final Manifests manifests = renderProduction(value);

        final PodEnvironment environment = PodEnvironment.of(manifests, streamsContainer(manifests));

        assertThat(environment.variables()).containsEntry(ENV, value);
        // Spring Boot binds the variable to the property the service reads
        assertThat(environment
                        .binder()
                        .bind("recovery.views.exact-api.exposure", String.class)
                        .get())
                .isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"public", "partners"})
    void publicAndPartnersRouteTheExactFiguresAndThePublicPaths(String value) {
        final Ingress ingress = renderProduction(value).get(Ingress.class, HelmChart.FULLNAME);

        for (String request : EXACT_REQUESTS) {
            assertThat(backend(ingress, request)).as(request).isEqualTo(STREAMS);
        }
        for (String request : PUBLIC_REQUESTS) {
            assertThat(backend(ingress, request)).as(request).isEqualTo(STREAMS);
        }
    }

    @Test
    void clusterRoutesOnlyThePublicPathsOfTheViewsService() {
        final Ingress ingress = renderProduction("cluster").get(Ingress.class, HelmChart.FULLNAME);

        for (String request : EXACT_REQUESTS) {
            assertThat(isExact(request)).as(request).isTrue();
            assertThat(backend(ingress, request)).as(request).isNull();
        }
        for (String request : PUBLIC_REQUESTS) {
            assertThat(backend(ingress, request)).as(request).isEqualTo(STREAMS);
        }
        assertThat(routes(ingress))
                .filteredOn(route -> route.endsWith(STREAMS))
                .containsExactlyInAnyOrder(
                        "Prefix /open -> " + STREAMS,
                        "Prefix /v1/dictionary -> " + STREAMS,
                        "Prefix /downloads/dictionary.csv -> " + STREAMS,
                        "Prefix /downloads/dictionary.csv-metadata.json -> " + STREAMS,
                        "Exact / -> " + STREAMS,
                        "Prefix /places -> " + STREAMS,
                        "Prefix /areas -> " + STREAMS,
                        "Prefix /dashboard -> " + STREAMS,
                        "Prefix /webjars -> " + STREAMS,
                        "Prefix /assets -> " + STREAMS,
                        "Prefix /catalog.jsonld -> " + STREAMS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"public", "partners", "cluster"})
    void theExposureChangesNothingButTheViewsServicesExactPaths(String value) {
        final Ingress ingress = renderProduction(value).get(Ingress.class, HelmChart.FULLNAME);

        // The ingest services keep their paths, and the reference service its host
        assertThat(backend(ingress, "/v1/job-losses")).isEqualTo(HelmChart.FULLNAME + "-job-loss");
        assertThat(backend(ingress, "/v1/business-support")).isEqualTo(HelmChart.FULLNAME + "-business-support");
        assertThat(backend(ingress, "/v1/green-economy")).isEqualTo(HelmChart.FULLNAME + "-green-economy");
        assertThat(ingress.getSpec().getRules())
                .extracting(IngressRule::getHost)
                .containsExactly(HOST, "reference.recovery.example.com");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"public", "partners", "cluster"})
    void everyPathTheDashboardPageLoadsOrLinksToIsRoutedUnlessItIsExactFigures(String value) {
        final Ingress ingress = renderProduction(value).get(Ingress.class, HelmChart.FULLNAME);
        final Ingress publicIngress = renderProduction("public").get(Ingress.class, HelmChart.FULLNAME);

        final Set<String> pagePaths = pagePaths();
        // Sanity: the scan found the page's assets and its links to open data (the data links of a page of exact
        // figures, /v1 and /downloads, are written with a prefix the scan can't read: EXACT_REQUESTS has them)
        assertThat(pagePaths).contains("/dashboard/dashboard.js", "/webjars/echarts/dist/echarts.common.min.js");
        assertThat(pagePaths).contains("/open/v1/releases", "/downloads/dictionary.csv", "/v1/dictionary");
        for (String path : pagePaths) {
            if (API_DOCS.contains(path)) {
                continue;
            }
            if (isExact(path) && "cluster".equals(value)) {
                assertThat(backend(ingress, path)).as(path + " (exact figures)").isNull();
            } else {
                assertThat(backend(ingress, path)).as(path).isEqualTo(STREAMS);
            }
            assertThat(backend(publicIngress, path)).as(path + " when public").isEqualTo(STREAMS);
        }
    }

    @Test
    void aMisspeltExposureIsRefusedNamingTheAllowedValues() {
        final String refusal =
                HelmChart.refusal(List.of(HelmChart.PRODUCTION_VALUES), Map.of("views.exactApi.exposure", "Public"));

        assertThat(refusal).contains("views.exactApi.exposure").contains("cluster", "partners", "public");
    }

    /** Whether a request is for exact figures: the exact Views API, or a CSV download other than the dictionary. */
    private static boolean isExact(String request) {
        final boolean api = EXACT_API.stream().anyMatch(path -> request.equals(path) || request.startsWith(path + "/"));
        return api || (request.startsWith("/downloads/") && !request.startsWith("/downloads/dictionary.csv"));
    }

    private static Manifests renderProduction(String exposure) {
        return HelmChart.renderProduction(Map.of("views.exactApi.exposure", exposure));
    }

    private static String pageFigures(Manifests manifests) {
        return PodEnvironment.of(manifests, streamsContainer(manifests))
                .variables()
                .get("RECOVERY_DASHBOARD_FIGURES");
    }

    private static String exposure(Manifests manifests) {
        return PodEnvironment.of(manifests, streamsContainer(manifests))
                .variables()
                .get(ENV);
    }

    private static Container streamsContainer(Manifests manifests) {
        return manifests.podTemplates().get(STREAMS).getSpec().getContainers().get(0);
    }

    /**
     * The Service a request on the API host goes to, as an Ingress matches paths: an Exact path the request path
     * itself, a Prefix path the request path or any below it, element by element (so {@code /downloads/uk.csv}
     * is not below {@code /downloads/uk}); the longest matching path wins. Null when nothing matches.
     */
    private static String backend(Ingress ingress, String request) {
        HTTPIngressPath best = null;
        for (HTTPIngressPath path : hostPaths(ingress)) {
            final String routed = path.getPath();
            final boolean matches = "Exact".equals(path.getPathType())
                    ? request.equals(routed)
                    : request.equals(routed) || request.startsWith(routed.endsWith("/") ? routed : routed + "/");
            if (matches && (best == null || routed.length() > best.getPath().length())) {
                best = path;
            }
        }
        return best == null ? null : best.getBackend().getService().getName();
    }

    /** The API host's paths as {@code pathType path -> service}. */
    private static List<String> routes(Ingress ingress) {
        return hostPaths(ingress).stream()
                .map(path -> path.getPathType() + " " + path.getPath() + " -> "
                        + path.getBackend().getService().getName())
                .toList();
    }

    private static List<HTTPIngressPath> hostPaths(Ingress ingress) {
        return ingress.getSpec().getRules().stream()
                .filter(rule -> HOST.equals(rule.getHost()))
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .toList();
    }

    /**
     * The absolute paths the dashboard page's templates, script and styles load or link to (libs/dashboard, from
     * the classpath), with each path variable ({@code {place}}) filled in.
     */
    private static Set<String> pagePaths() {
        final Pattern attribute = Pattern.compile("(?:href|src|action)=\"(/[^\"]*)\"");
        final Pattern link = Pattern.compile("@\\{(/(?:[^{}()]|\\{[^{}]*\\})*)");
        final Pattern literal = Pattern.compile("'(/[^']*)'");
        final Pattern url = Pattern.compile("url\\((/[^)]*)\\)");
        final Set<String> paths = new TreeSet<>();
        scan("classpath*:templates/dashboard/*.html", List.of(attribute, link), paths);
        scan("classpath*:META-INF/resources/dashboard/*.js", List.of(literal), paths);
        scan("classpath*:META-INF/resources/dashboard/*.css", List.of(url), paths);
        return paths;
    }

    private static void scan(String location, List<Pattern> patterns, Set<String> paths) {
        try {
            final Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            assertThat(resources).as(location).isNotEmpty();
            for (Resource resource : resources) {
                final String text;
                try (InputStream in = resource.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (Pattern pattern : patterns) {
                    final Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        paths.add(matcher.group(1).replaceAll("\\{[^}]*\\}", "x"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
