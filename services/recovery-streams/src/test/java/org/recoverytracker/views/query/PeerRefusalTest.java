package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** A peer that refuses its share says why, and the instance that asked passes the reason on. */
class PeerRefusalTest {

    private static final ParameterizedTypeReference<Partial<WeekEntry>> WEEKS = new ParameterizedTypeReference<>() {};
    private static final String TOO_MANY =
            "An instance holds more than 30 organisation contributions" + " (recovery.open.max-organisation-cells).";

    private HttpServer peer;
    private PeerClient client;

    @BeforeEach
    void startAPeerThatRefuses() throws IOException {
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        refuse("/problem", "application/problem+json", "{\"status\":503,\"detail\":\"" + TOO_MANY + "\"}");
        refuse("/long", "application/problem+json", "{\"status\":503,\"detail\":\"" + "x".repeat(10_000) + "\"}");
        refuse("/no-detail", "application/problem+json", "{\"status\":503,\"title\":\"Service Unavailable\"}");
        refuse("/text", "text/plain", "upstream connect error");
        refuse("/broken", "application/problem+json", "{\"detail\":");
        peer.start();
        client = new PeerClient(RestClient.builder(), 2, 3);
    }

    @AfterEach
    void stop() {
        client.destroy();
        peer.stop(0);
    }

    @Test
    void passesOnTheDetailOfAPeersProblem() {
        assertThatThrownBy(() -> ask("/problem"))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessage("Instance 127.0.0.1:" + peer.getAddress().getPort()
                        + " did not answer with its share of the views: " + TOO_MANY);
    }

    @Test
    void cutsALongDetailToWhatAMessageCanCarry() {
        assertThatThrownBy(() -> ask("/long")).hasMessageEndingWith(": " + "x".repeat(PeerClient.MAX_REASON) + "…");
    }

    @Test
    void saysNoMoreThanTheRefusalWhenThePeerGaveNoDetail() {
        for (String path : new String[] {"/no-detail", "/text", "/broken"}) {
            assertThatThrownBy(() -> ask(path))
                    .as(path)
                    .isInstanceOf(ViewsUnavailableException.class)
                    .hasMessage("Instance 127.0.0.1:" + peer.getAddress().getPort()
                            + " did not answer with its share of the views.");
        }
    }

    private Partial<WeekEntry> ask(String path) {
        return client.get(hostInfo(), path, WEEKS);
    }

    private HostInfo hostInfo() {
        return new HostInfo("127.0.0.1", peer.getAddress().getPort());
    }

    private void refuse(String path, String contentType, String body) {
        peer.createContext(path, exchange -> {
            final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(503, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
