package org.recoverytracker.localkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;

/**
 * Finds TCP ports that are free right now, so that tests and the controller listener never
 * depend on a fixed port being available.
 *
 * <p>The port is released before it is returned: another process could take it before the
 * broker binds it. That window is a few milliseconds on a loopback address, which is an
 * accepted trade-off for not having to hand a pre-bound socket to Kafka.
 */
final class FreePorts {

    private FreePorts() {}

    /** A port that is free on {@code host} and is none of {@code excluded} (ports picked for the same broker). */
    static int pick(String host, int... excluded) {
        while (true) {
            int port = pick(host);
            if (Arrays.stream(excluded).noneMatch(taken -> taken == port)) {
                return port;
            }
        }
    }

    static int pick(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on " + host, e);
        }
    }
}
