package org.recoverytracker.localkafka;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker, in KRaft combined mode (broker and controller in one process), serving a
 * single node from one data directory.
 *
 * <p>It exists so that the local stack and the integration tests run the same broker code as
 * production without Docker: Kafka's own {@link KafkaRaftServer}, started the way
 * {@code kafka-server-start.sh} starts it, on storage formatted the way {@code kafka-storage.sh}
 * formats it. The first start on a data directory formats it; later starts reuse it, so topics,
 * committed offsets and records survive a restart, including one after {@code kill -9}.
 *
 * <p>Run as a program ({@code --data-dir DIR [--port 9092] [--controller-port N] [--host H]}) it
 * prints {@value #READY_MESSAGE_PREFIX}{@code host:port (data in DIR)} on standard output once
 * clients can connect, and stops cleanly with exit code 0 on SIGTERM or SIGINT. Started in-process
 * with {@link #start(BrokerSettings)}, be aware that Kafka halts the whole JVM on some fatal
 * errors; {@link BrokerProcess} runs it in a child JVM instead.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** Start of the single line printed on standard output once the broker accepts clients. */
    public static final String READY_MESSAGE_PREFIX = "Kafka broker ready on ";

    private final BrokerSettings settings;
    private final int controllerPort;
    private final KafkaRaftServer server;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The SCRAM listener's port, or 0 when the broker has none. */
    private volatile int scramPort;

    private LocalKafkaBroker(BrokerSettings settings, int controllerPort, KafkaRaftServer server) {
        this.settings = settings;
        this.controllerPort = controllerPort;
        this.server = server;
    }

    /**
     * Starts a broker, formatting its data directory first if this is the directory's first use,
     * and returns once the broker accepts client connections.
     */
    public static LocalKafkaBroker start(BrokerSettings settings) {
        LocalKafkaBroker broker = prepare(settings);
        broker.startup();
        return broker;
    }

    /**
     * Starts a broker that also has a SASL/SCRAM-SHA-512 listener on a free port and enforces
     * ACLs with Kafka's {@code StandardAuthorizer} there (see {@link BrokerConfig#singleNodeWithScram}).
     * {@link #bootstrapServers()} stays the super-user plaintext listener, for the test's set-up.
     */
    public static LocalKafkaBroker startWithScram(BrokerSettings settings) {
        int controllerPort = controllerPort(settings);
        int scramPort = FreePorts.pick(settings.host(), settings.port(), controllerPort);
        LocalKafkaBroker broker = prepare(
                settings, controllerPort, BrokerConfig.singleNodeWithScram(settings, controllerPort, scramPort));
        broker.scramPort = scramPort;
        broker.startup();
        return broker;
    }

    /** Formats the storage if needed and builds the server, without opening any port yet. */
    static LocalKafkaBroker prepare(BrokerSettings settings) {
        int controllerPort = controllerPort(settings);
        return prepare(settings, controllerPort, BrokerConfig.singleNode(settings, controllerPort));
    }

    /**
     * Formats the storage if needed and builds the server of one node of a cluster, without
     * opening any port yet. Its controller port is the one the voters give it.
     */
    static LocalKafkaBroker prepareMember(BrokerSettings settings, QuorumMembership membership) {
        KafkaConfig config = new KafkaConfig(BrokerConfig.clusterNode(settings, membership), false);
        KraftStorage.formatIfNeeded(
                BrokerConfig.kafkaLogDir(settings.dataDir()),
                membership.nodeId(),
                BrokerConfig.CONTROLLER_LISTENER,
                membership.clusterId());
        return new LocalKafkaBroker(settings, membership.controllerPort(), new KafkaRaftServer(config, Time.SYSTEM));
    }

    private static int controllerPort(BrokerSettings settings) {
        return settings.controllerPort() == BrokerSettings.ANY_FREE_PORT
                ? FreePorts.pick(settings.host(), settings.port())
                : settings.controllerPort();
    }

    private static LocalKafkaBroker prepare(
            BrokerSettings settings, int controllerPort, Map<String, String> properties) {
        KafkaConfig config = new KafkaConfig(properties, false);
        KraftStorage.formatIfNeeded(
                BrokerConfig.kafkaLogDir(settings.dataDir()), BrokerConfig.NODE_ID, BrokerConfig.CONTROLLER_LISTENER);
        return new LocalKafkaBroker(settings, controllerPort, new KafkaRaftServer(config, Time.SYSTEM));
    }

    /** Starts the prepared server; returns once it accepts client connections. */
    void startup() {
        try {
            server.startup();
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    /**
     * The client properties of a SCRAM user on the SCRAM listener of a broker started with
     * {@link #startWithScram}: bootstrap servers, SASL_PLAINTEXT and SCRAM-SHA-512 with its login.
     */
    public Map<String, Object> scramClient(String user, String password) {
        if (scramPort == 0) {
            throw new IllegalStateException("this broker was started without a SCRAM listener");
        }
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                settings.host() + ":" + scramPort,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM,
                "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG,
                ScramLoginModule.class.getName() + " required username=\"" + user + "\" password=\"" + password
                        + "\";");
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** The controller port in use: the configured one, or the free one picked at start. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The cluster id stored in the data directory when it was first formatted. */
    public String clusterId() {
        Optional<String> clusterId = KraftStorage.clusterId(BrokerConfig.kafkaLogDir(settings.dataDir()));
        return clusterId.orElseThrow(() -> new IllegalStateException("No cluster id in " + settings.dataDir()));
    }

    String readyMessage() {
        return READY_MESSAGE_PREFIX + bootstrapServers() + " (data in " + settings.dataDir() + ")";
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Blocks until the broker has shut down. */
    void awaitShutdown() {
        server.awaitShutdown();
    }

    /** Shuts the broker down cleanly and waits for it; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    public static void main(String[] args) {
        Launcher.run(args);
    }
}
