package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

class PeerClientTest {

    private static final ParameterizedTypeReference<Partial<WeekEntry>> WEEKS = new ParameterizedTypeReference<>() {};

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer slowPeer;
    private PeerClient client;

    @BeforeEach
    void startASlowPeer() throws IOException {
        slowPeer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slowPeer.createContext("/", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            final byte[] body = "{\"partitions\":[0],\"entries\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        slowPeer.setExecutor(null);
        slowPeer.start();
        client = new PeerClient(RestClient.builder(), 2, 3);
    }

    @AfterEach
    void stop() {
        release.countDown();
        client.destroy();
        slowPeer.stop(0);
    }

    @Test
    void refusesAGatherWhenEveryCallingThreadIsBusyAndTheWaitingCallsAreFull() {
        final HostInfo peer = new HostInfo("127.0.0.1", slowPeer.getAddress().getPort());
        final List<CompletableFuture<Partial<WeekEntry>>> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accepted.add(client.partialAsync(peer, "/internal/v1/weeks", WEEKS));
        }

        assertThatThrownBy(() -> client.partialAsync(peer, "/internal/v1/weeks", WEEKS))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessageContaining("Too many views");

        release.countDown();
        accepted.forEach(call -> assertThat(call.join().partitions()).containsExactly(0));
    }
}
