package org.recoverytracker.views.query;

import java.net.http.HttpClient;
import java.time.Duration;
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
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks another instance of the streams service for what it holds. Requests carry
 * {@value #FORWARDED} so that an instance that is asked for a key it no longer owns answers 503
 * instead of forwarding again.
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
        this.calls = new ThreadPoolExecutor(callingThreads, callingThreads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(waitingCalls), task -> {
                    final Thread thread = new Thread(task, "peer-call-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        calls.allowCoreThreadTimeOut(true);
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

    /**
     * {@link #partial} on the pool of peer calls.
     *
     * @throws ViewsUnavailableException when too many calls are already waiting
     */
    public <T> CompletableFuture<Partial<T>> partialAsync(HostInfo peer, String pathAndQuery,
                                                          ParameterizedTypeReference<Partial<T>> type) {
        try {
            return CompletableFuture.supplyAsync(() -> partial(peer, pathAndQuery, type), calls);
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
