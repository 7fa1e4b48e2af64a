package org.recoverytracker.views.query;

import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.kafka.streams.state.HostInfo;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks another instance of the streams service for what it holds. Requests carry
 * {@value #FORWARDED} so that an instance that is asked for a key it no longer owns answers 503
 * instead of forwarding again.
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

    /** A public views request answered by the instance that owns its place, passed on as it came. */
    public ResponseEntity<String> forward(HostInfo owner, String pathAndQuery) {
        try {
            return http.get().uri(url(owner, pathAndQuery)).header(FORWARDED, "true")
                    .retrieve()
                    .onStatus(status -> true, (request, response) -> { })
                    .toEntity(String.class);
        } catch (RestClientException e) {
            throw new ViewsUnavailableException("The instance that holds this view (" + owner + ") did not answer.", e);
        }
    }

    /** What a peer holds of a view that spans places. */
    public <T> Partial<T> partial(HostInfo peer, String pathAndQuery, ParameterizedTypeReference<Partial<T>> type) {
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
