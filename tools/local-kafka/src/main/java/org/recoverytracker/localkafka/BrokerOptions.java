package org.recoverytracker.localkafka;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The arguments of {@link LocalKafkaBroker#main}, read by picocli: plain {@code --option value}
 * pairs, as the stack harness and {@link BrokerProcess} pass them.
 */
@Command(
        name = "LocalKafkaBroker",
        sortOptions = false,
        description = "A real single-node Kafka broker (KRaft combined mode) in this process.")
final class BrokerOptions {

    @Option(
            names = "--data-dir",
            required = true,
            paramLabel = "DIR",
            description = "where the broker keeps all its files; formatted on first use (required)")
    private Path dataDir;

    @Option(names = "--port", paramLabel = "N", description = "client port (default ${DEFAULT-VALUE})")
    private int port = BrokerSettings.DEFAULT_PORT;

    @Option(
            names = "--controller-port",
            paramLabel = "N",
            description = "KRaft controller port (default: a free port picked at each start)")
    private int controllerPort = BrokerSettings.ANY_FREE_PORT;

    @Option(
            names = "--host",
            paramLabel = "H",
            description = "address to listen on and advertise (default ${DEFAULT-VALUE})")
    private String host = BrokerSettings.DEFAULT_HOST;

    /** A process whose end stops the broker, so that a child broker never outlives its parent, even one that is killed. */
    @Option(names = "--parent-pid", paramLabel = "PID", description = "stop the broker when that process ends")
    private Long parentPid;

    @Option(
            names = "--node-id",
            paramLabel = "N",
            description = "this node's id in a cluster of several (with --quorum-voters and --cluster-id)")
    private Integer nodeId;

    @Option(
            names = "--quorum-voters",
            paramLabel = "VOTERS",
            description = "every node's controller address in a cluster: 1@host:port,2@host:port,...")
    private String quorumVoters;

    @Option(names = "--cluster-id", paramLabel = "ID", description = "the id every node of a cluster is formatted with")
    private String clusterId;

    @Option(names = "--help", usageHelp = true, description = "this text")
    private boolean helpRequested;

    private BrokerSettings settings;
    private QuorumMembership membership;

    private BrokerOptions() {}

    /** @throws IllegalArgumentException with a message fit for the user when the arguments are wrong */
    static BrokerOptions parse(String... args) {
        BrokerOptions options = new BrokerOptions();
        try {
            new CommandLine(options).parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!options.helpRequested) {
            options.settings = new BrokerSettings(options.host, options.port, options.controllerPort, options.dataDir);
            options.membership = options.membership();
        }
        return options;
    }

    static String usage() {
        return new CommandLine(new BrokerOptions()).getUsageMessage();
    }

    /** Where the broker listens and keeps its data; {@code null} when only help was asked for. */
    BrokerSettings settings() {
        return settings;
    }

    /** This node's place in a cluster, or empty for a single node. */
    Optional<QuorumMembership> cluster() {
        return Optional.ofNullable(membership);
    }

    private QuorumMembership membership() {
        boolean anyGiven = nodeId != null || quorumVoters != null || clusterId != null;
        if (!anyGiven) {
            return null;
        }
        if (nodeId == null || quorumVoters == null || clusterId == null) {
            throw new IllegalArgumentException("--node-id, --quorum-voters and --cluster-id go together");
        }
        return new QuorumMembership(nodeId, quorumVoters, clusterId);
    }

    OptionalLong parentPid() {
        return parentPid == null ? OptionalLong.empty() : OptionalLong.of(parentPid);
    }

    boolean helpRequested() {
        return helpRequested;
    }
}
