package org.recoverytracker.localkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds TCP ports that are free right now, so that tests and the controller listener never
 * depend on a fixed port being available.
 *
 * <p>The port is released before it is returned: another process could take it before the
 * broker binds it. That window is a few milliseconds on a loopback address, which is an
 * accepted trade-off for not having to hand a pre-bound socket to Kafka.
 *
 * <p>A port is never handed out twice by one JVM (of the last {@value #REMEMBERED} handed out): the
 * system can pick the port it just released again, and a stack starting its services at once then
 * gave two of them the same port. The one that bound second failed to start, and the other one
 * answered its readiness checks.
 */
final class FreePorts {

    /** How many ports handed out are remembered; the loopback address has far more free ones. */
    static final int REMEMBERED = 4096;

    private static final Set<Integer> HANDED_OUT = new LinkedHashSet<>();

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
        while (true) {
            final int port = bindAny(host);
            if (handOut(port)) {
                return port;
            }
        }
    }

    private static synchronized boolean handOut(int port) {
        if (!HANDED_OUT.add(port)) {
            return false;
        }
        if (HANDED_OUT.size() > REMEMBERED) {
            final Iterator<Integer> oldest = HANDED_OUT.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    private static int bindAny(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on " + host, e);
        }
    }
}
