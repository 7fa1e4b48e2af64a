package org.recoverytracker.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link RecoveryStack} runs and where.
 *
 * <p>All state is under {@code dataDir}: {@code kafka/} (the broker's log), {@code streams/} (the
 * views' state; {@code streams-2/} and so on for more instances), {@code logs/} (one log per
 * process) and {@code tmp/} (each process's temporary files). Starting again on the same directory
 * brings the same topics and views back.
 *
 * @param dataDir where all state and logs live; stored as an absolute path
 * @param apps where the services' executable jars are
 * @param fixedPorts the local stack's well-known ports ({@link StackPorts}) instead of free ones
 * @param streamsArguments extra arguments for every instance of the streams service
 * @param commandPrefix words put before each child's {@code java} command, e.g.
 *     {@code TerminalGuard.prefix()}, which leaves the stopping to the harness
 * @param brokers how many Kafka nodes: 1, or a cluster shaped as production (3: three replicas of
 *     every topic, {@code min.insync.replicas} 2), always on free ports
 */
public record StackConfig(
        Path dataDir,
        Apps apps,
        boolean fixedPorts,
        List<String> streamsArguments,
        List<String> commandPrefix,
        int brokers) {

    public StackConfig {
        if (brokers < 1) {
            throw new IllegalArgumentException("a stack needs at least one broker, not " + brokers);
        }
        if (brokers > 1 && fixedPorts) {
            throw new IllegalArgumentException("a cluster of brokers runs on free ports only");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        streamsArguments = List.copyOf(streamsArguments);
        commandPrefix = List.copyOf(commandPrefix);
    }

    /** The local stack: Kafka on 9092, the services on 8080-8084. */
    public static StackConfig onFixedPorts(Path dataDir, Apps apps) {
        return new StackConfig(dataDir, apps, true, List.of(), List.of(), 1);
    }

    /** A stack on ports free right now, beside anything else running on the machine (tests, benchmarks). */
    public static StackConfig onFreePorts(Path dataDir, Apps apps) {
        return new StackConfig(dataDir, apps, false, List.of(), List.of(), 1);
    }

    public StackConfig withStreamsArguments(String... arguments) {
        List<String> all = new ArrayList<>(streamsArguments);
        all.addAll(List.of(arguments));
        return new StackConfig(dataDir, apps, fixedPorts, all, commandPrefix, brokers);
    }

    public StackConfig withCommandPrefix(List<String> prefix) {
        return new StackConfig(dataDir, apps, fixedPorts, streamsArguments, prefix, brokers);
    }

    /** The same stack on a cluster of {@code count} Kafka nodes instead of one broker. */
    public StackConfig withBrokers(int count) {
        return new StackConfig(dataDir, apps, fixedPorts, streamsArguments, commandPrefix, count);
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /**
     * The temporary directory of a service: what its JVM unpacks or leaves behind (Tomcat's work
     * directory, the native libraries of RocksDB and lz4-java, which a killed JVM never deletes)
     * stays in the stack's directory instead of piling up in the machine's.
     */
    public Path tempDir(String service) {
        return dataDir.resolve("tmp").resolve(service);
    }

    /** The state directory of the {@code instance}-th streams instance (1 for the first). */
    public Path streamsStateDir(int instance) {
        return dataDir.resolve(instance == 1 ? "streams" : "streams-" + instance);
    }
}
