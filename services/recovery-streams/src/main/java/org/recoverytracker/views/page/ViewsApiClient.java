package org.recoverytracker.views.page;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

/**
 * Reads the public Views API over HTTP — by default this very service, over loopback — exactly as
 * any other client would. The page therefore shows what the API answers, and a place is routed to
 * the instance that holds it by the API, however many instances run.
 */
@Component
class ViewsApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(ViewsApiClient.class);

    private final RestClient http;
    private final DashboardSettings settings;
    private final Environment environment;

    ViewsApiClient(RestClient.Builder builder, DashboardSettings settings, Environment environment) {
        final JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(settings.apiTimeout());
        this.http = builder.clone().requestFactory(requests).build();
        this.settings = settings;
        this.environment = environment;
    }

    Fetched<AreaFigures> uk() {
        return get("/v1/uk", null, null, view -> AreaFigures.from(view, AreaFigures.UK_CODE));
    }

    Fetched<AreaFigures> region(String region) {
        return get("/v1/regions/{code}", region, null, view -> AreaFigures.from(view, region));
    }

    Fetched<AreaFigures> place(String place) {
        return get("/v1/places/{code}", place, null, view -> AreaFigures.from(view, place));
    }

    Fetched<List<AreaFigures.PlaceRow>> places() {
        return get("/v1/places", null, null, AreaFigures::places);
    }

    Fetched<List<AreaFigures.Week>> ukWeeks(WeekRange weeks) {
        return get("/v1/uk/weekly", null, weeks, AreaFigures::weeks);
    }

    Fetched<List<AreaFigures.Week>> regionWeeks(String region, WeekRange weeks) {
        return get("/v1/regions/{code}/weekly", region, weeks, AreaFigures::weeks);
    }

    Fetched<List<AreaFigures.Week>> placeWeeks(String place, WeekRange weeks) {
        return get("/v1/places/{code}/weekly", place, weeks, AreaFigures::weeks);
    }

    /** The {@code from}/{@code to} of a weekly series, both optional and inclusive, as the API takes them. */
    record WeekRange(LocalDate from, LocalDate to) {

        static final WeekRange ALL = new WeekRange(null, null);
    }

    private <T> Fetched<T> get(String path, String code, WeekRange weeks, Function<JsonNode, T> parse) {
        final UriComponentsBuilder uri = UriComponentsBuilder.fromUri(base()).path(path);
        if (weeks != null) {
            uri.queryParamIfPresent("from", Optional.ofNullable(weeks.from()));
            uri.queryParamIfPresent("to", Optional.ofNullable(weeks.to()));
        }
        final URI target = (code == null ? uri.build() : uri.buildAndExpand(code)).encode().toUri();
        try {
            return http.get().uri(target).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .exchange((request, response) -> {
                        final HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
                        if (status == HttpStatus.OK) {
                            return Fetched.found(parse.apply(response.bodyTo(JsonNode.class)));
                        }
                        final String detail = detail(response.bodyTo(JsonNode.class));
                        if (status == HttpStatus.NOT_FOUND) {
                            return Fetched.noLiveEvents(detail);
                        }
                        if (status == HttpStatus.BAD_REQUEST) {
                            return Fetched.malformed(detail);
                        }
                        LOG.debug("The Views API answered {} to {}: {}", response.getStatusCode(), target, detail);
                        return Fetched.unavailable(detail, response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
                    });
        } catch (RestClientException e) {
            LOG.debug("The Views API did not answer {}", target, e);
            return Fetched.unavailable("The figures could not be read just now.", null);
        }
    }

    private static String detail(JsonNode problem) {
        return problem == null ? "" : problem.path("detail").asString("");
    }

    /** The configured Views API, or this service's own on the port it listens on. */
    private URI base() {
        if (settings.viewsApi() != null) {
            return settings.viewsApi();
        }
        final String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://localhost:" + port);
    }
}
