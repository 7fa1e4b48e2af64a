package org.recoverytracker.views.query;

import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.kafka.streams.state.HostInfo;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks another instance of the streams service for what it holds: its share of a view that spans
 * places, or a place it owns. Requests carry {@value #FORWARDED}, which marks them as coming from
 * a peer.
 */
@Component
public class PeerClient {

    public static final String FORWARDED = "X-Recovery-Forwarded";

    private final RestClient http;

    PeerClient(RestClient.Builder builder) {
        final JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = builder.requestFactory(requests).build();
    }

    /** What a peer holds of a view that spans places. */
    public <T> Partial<T> partial(HostInfo peer, String pathAndQuery, ParameterizedTypeReference<Partial<T>> type) {
        return get(peer, pathAndQuery, type);
    }

    /**
     * What a peer answers at one of its internal addresses; a peer that does not answer, or
     * answers with an error (a 503 while it no longer owns a place), makes the view unavailable.
     */
    public <T> T get(HostInfo peer, String pathAndQuery, ParameterizedTypeReference<T> type) {
        try {
            return http.get().uri(url(peer, pathAndQuery)).header(FORWARDED, "true").retrieve().body(type);
        } catch (RestClientException e) {
            throw new ViewsUnavailableException("Instance " + peer + " did not answer with its share of the views.", e);
        }
    }

    private static String url(HostInfo host, String pathAndQuery) {
        return "http://" + host.host() + ":" + host.port() + pathAndQuery;
    }
}
