package org.recoverytracker.localkafka;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local broker listens and where it keeps its data.
 *
 * <p>The data directory is the broker's identity: starting again on the same directory brings
 * back the same cluster with its topics and records, which is what crash-and-restart tests rely
 * on. The controller port is internal to the single node, so by default a free one is picked at
 * each start instead of a fixed neighbour of the client port that may already be taken.
 *
 * @param host the address to listen on and to advertise to clients (an IPv4 address or a host name)
 * @param port the client (PLAINTEXT) port
 * @param controllerPort the KRaft controller port, or {@link #ANY_FREE_PORT} to pick a free one at start
 * @param dataDir the directory holding all the broker's files; stored as an absolute path
 */
public record BrokerSettings(String host, int port, int controllerPort, Path dataDir) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9092;
    /** A {@link #controllerPort()} that asks for a free port to be picked when the broker starts. */
    public static final int ANY_FREE_PORT = 0;

    public BrokerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        requirePort("port", port);
        if (controllerPort != ANY_FREE_PORT) {
            requirePort("controller port", controllerPort);
        }
        if (controllerPort == port) {
            throw new IllegalArgumentException("controller port must differ from port " + port);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Settings for the default host with a controller port picked at start. */
    public static BrokerSettings of(Path dataDir, int port) {
        return new BrokerSettings(DEFAULT_HOST, port, ANY_FREE_PORT, dataDir);
    }

    /** The {@code bootstrap.servers} value for clients of this broker. */
    public String bootstrapServers() {
        return host + ":" + port;
    }

    private static void requirePort(String name, int value) {
        if (value < 1 || value > 65_535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + value);
        }
    }
}
