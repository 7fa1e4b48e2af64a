package org.recoverytracker.views.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Asks another instance of the streams service for what it holds: its share of a view that spans
 * places, or a place it owns. Requests carry {@value #FORWARDED}, which marks them as coming from
 * a peer.
 *
 * <p>Shares of a gathered view are asked for in parallel on a pool of its own, bounded in threads
 * and in waiting calls: a flood of region or UK queries then gets 503s with {@code Retry-After}
 * instead of a thread per peer call each, and can't starve the request threads of memory.
 */
@Component
public class PeerClient implements DisposableBean {

    public static final String FORWARDED = "X-Recovery-Forwarded";

    /** Peer calls in flight at once; each waits at most the read timeout. */
    private static final int CALLING_THREADS = 16;
    /** Peer calls waiting for a thread; beyond them a gather is refused with a 503. */
    private static final int WAITING_CALLS = 256;

    /** The longest reason of a peer's passed on, in characters. */
    static final int MAX_REASON = 500;

    private final RestClient http;
    private final ThreadPoolExecutor calls;

    @Autowired
    PeerClient(RestClient.Builder builder) {
        this(builder, CALLING_THREADS, WAITING_CALLS);
    }

    PeerClient(RestClient.Builder builder, int callingThreads, int waitingCalls) {
        final JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = builder.requestFactory(requests).build();
        final AtomicInteger threads = new AtomicInteger();
        this.calls = new ThreadPoolExecutor(
                callingThreads, callingThreads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(waitingCalls), task -> {
                    final Thread thread = new Thread(task, "peer-call-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        calls.allowCoreThreadTimeOut(true);
    }

    /**
     * What a peer answers at one of its internal addresses; a peer that does not answer, or
     * answers with an error (a 503 while it no longer owns a place), makes the view unavailable.
     * A peer that refuses the question itself (a 400: an {@code asOf} before its retained history,
     * say) refuses it for this instance too, with its reason.
     */
    public <T> T get(HostInfo peer, String pathAndQuery, ParameterizedTypeReference<T> type) {
        try {
            return http.get()
                    // A URI, not a template: the client metrics label a templated call with its
                    // path, which names the place or area asked (a private area's id among them).
                    .uri(URI.create(url(peer, pathAndQuery)))
                    .header(FORWARDED, "true")
                    .retrieve()
                    .body(type);
        } catch (HttpClientErrorException.BadRequest refused) {
            throw new InvalidQueryException(detailOf(refused)
                    .orElse("Instance " + peer.host() + ":" + peer.port() + " refused the question as asked."));
        } catch (RestClientException e) {
            throw new ViewsUnavailableException(
                    "Instance " + peer.host() + ":" + peer.port() + " did not answer with its share of the views"
                            + reasonGiven(e),
                    e);
        }
    }

    /**
     * What the peer said of its refusal, when it answered with a problem detail (a 503 that it holds
     * too many organisation contributions, say), so that the caller learns why; cut to a length a
     * message can carry. Otherwise a full stop.
     */
    static String reasonGiven(RestClientException e) {
        return e instanceof RestClientResponseException answer
                ? detailOf(answer).map(detail -> ": " + detail).orElse(".")
                : ".";
    }

    /** The detail of the problem a peer answered with, cut to a length a message can carry. */
    private static Optional<String> detailOf(RestClientResponseException answer) {
        try {
            final ProblemDetail problem = answer.getResponseBodyAs(ProblemDetail.class);
            if (problem != null
                    && problem.getDetail() != null
                    && !problem.getDetail().isBlank()) {
                final String detail = problem.getDetail().strip();
                return Optional.of(detail.length() > MAX_REASON ? detail.substring(0, MAX_REASON) + "…" : detail);
            }
        } catch (RuntimeException notAProblem) {
            // An answer that is no problem detail says nothing more than its status.
        }
        return Optional.empty();
    }

    /**
     * What a peer holds of a view that spans places, asked on the pool of peer calls.
     *
     * @throws ViewsUnavailableException when too many calls are already waiting
     */
    public <T> CompletableFuture<Partial<T>> partialAsync(
            HostInfo peer, String pathAndQuery, ParameterizedTypeReference<Partial<T>> type) {
        try {
            return CompletableFuture.supplyAsync(() -> get(peer, pathAndQuery, type), calls);
        } catch (RejectedExecutionException e) {
            throw new ViewsUnavailableException("Too many views are being gathered at once.", e);
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }

    private static String url(HostInfo host, String pathAndQuery) {
        return "http://" + host.host() + ":" + host.port() + pathAndQuery;
    }
}
