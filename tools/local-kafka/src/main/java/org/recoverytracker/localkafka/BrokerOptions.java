package org.recoverytracker.localkafka;

import java.nio.file.Path;
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

    @Option(names = "--help", usageHelp = true, description = "this text")
    private boolean helpRequested;

    private BrokerSettings settings;

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

    OptionalLong parentPid() {
        return parentPid == null ? OptionalLong.empty() : OptionalLong.of(parentPid);
    }

    boolean helpRequested() {
        return helpRequested;
    }
}
