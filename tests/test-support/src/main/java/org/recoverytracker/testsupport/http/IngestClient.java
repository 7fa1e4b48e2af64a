package org.recoverytracker.testsupport.http;

import java.net.http.HttpRequest;
import java.util.function.UnaryOperator;
import org.recoverytracker.testsupport.http.Http.Response;

/** A partner's HTTP client for one ingest resource under test, sending bodies exactly as given. */
public final class IngestClient {

    private final String baseUrl;
    private final String resourcePath;

    /**
     * @param baseUrl e.g. {@code http://localhost:8081}
     * @param resourcePath e.g. {@code /v1/job-losses}
     */
    public IngestClient(String baseUrl, String resourcePath) {
        this.baseUrl = baseUrl;
        this.resourcePath = resourcePath;
    }

    /** The service on a local port. */
    public IngestClient(int port, String resourcePath) {
        this("http://localhost:" + port, resourcePath);
    }

    public Response put(String apiKey, String eventId, String json) {
        return Http.put(baseUrl + resourcePath + "/" + eventId, apiKey, json);
    }

    public Response put(String apiKey, String eventId, String contentType, String body) {
        return Http.put(baseUrl + resourcePath + "/" + eventId, apiKey, contentType, body);
    }

    public Response delete(String apiKey, String eventId) {
        return Http.delete(baseUrl + resourcePath + "/" + eventId, apiKey);
    }

    public Response post(String apiKey, String contentType, String body) {
        return Http.post(baseUrl + resourcePath, apiKey, contentType, body);
    }

    public Response get(String path) {
        return Http.get(baseUrl + path);
    }

    /** Sends a request built by the test, with the partner's key when it is not null. */
    public Response send(String path, String apiKey, UnaryOperator<HttpRequest.Builder> customiser) {
        return Http.send(customiser.apply(Http.request(baseUrl + path, apiKey)));
    }
}
