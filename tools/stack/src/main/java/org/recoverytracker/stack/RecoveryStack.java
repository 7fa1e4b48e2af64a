package org.recoverytracker.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.KafkaCluster;
import org.recoverytracker.localkafka.LogTail;

/**
 * The whole system as it runs: a real Kafka broker and the five services, each in its own process
 * with its own log, all state under one directory ({@link StackConfig}). {@code ./run-local} runs
 * it on the well-known ports, the system tests on free ones.
 *
 * <p>{@link #start} returns once every readiness check is UP. {@link #stop()} stops the services
 * (SIGTERM, at the same time) before the broker, so that they close cleanly while it is still
 * there; anything that does not stop within its grace period is killed. The broker and each
 * service can also be killed and restarted alone, for fault tests. No process outlives this JVM.
 */
public final class RecoveryStack implements AutoCloseable {

    private static final String QUIET_BANNER = "--spring.main.banner-mode=off";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final StackConfig config;
    private String devPartnersArgument;
    private final List<ServiceProcess> streams = new CopyOnWriteArrayList<>();
    // Volatile: a supervisor's shutdown hook may stop the stack while another thread starts it.
    private volatile List<BrokerProcess> brokers = List.of();
    /** The Kafka nodes when the stack runs on a cluster of several; null on one broker. */
    private volatile KafkaCluster cluster;

    private volatile ServiceProcess jobLoss;
    private volatile ServiceProcess reference;
    private volatile ServiceProcess businessSupport;
    private volatile ServiceProcess greenEconomy;

    private RecoveryStack(StackConfig config) {
        this.config = config;
    }

    public static RecoveryStack start(StackConfig config) {
        return start(config, StartListener.SILENT);
    }

    /**
     * Starts the broker, then the five services at once, and returns when every service is ready.
     *
     * @throws StackFailure naming the process that died or was not ready in time, with the end of
     *     its log; whatever was started is stopped first
     */
    public static RecoveryStack start(StackConfig config, StartListener listener) {
        RecoveryStack stack = of(config);
        stack.launch(listener);
        return stack;
    }

    /**
     * A stack not started yet: for a supervisor that must be able to {@link #stop()} it while it
     * starts (a Ctrl-C during the start). {@link #launch(StartListener)} starts it.
     */
    public static RecoveryStack of(StackConfig config) {
        return new RecoveryStack(config);
    }

    /** Starts this stack as {@link #start(StackConfig, StartListener)} does. */
    public void launch(StartListener listener) {
        try {
            Instant started = Instant.now();
            startBroker();
            listener.brokerReady(bootstrapServers(), Duration.between(started, Instant.now()));
            streams.add(startStreams(1, List.of()));
            jobLoss = startIngest(Services.JOB_LOSS, StackPorts.JOB_LOSS);
            businessSupport = startIngest(Services.BUSINESS_SUPPORT, StackPorts.BUSINESS_SUPPORT);
            greenEconomy = startIngest(Services.GREEN_ECONOMY, StackPorts.GREEN_ECONOMY);
            reference = startIngest(Services.REFERENCE, StackPorts.REFERENCE);
            listener.servicesStarted(services());
            awaitReady(services(), listener);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    /** The directory holding every piece of the stack's state and its logs. */
    public Path dir() {
        return config.dataDir();
    }

    /** The broker, or node 1 of a {@linkplain #cluster() cluster}. */
    public BrokerProcess broker() {
        return brokers.get(0);
    }

    /**
     * The Kafka nodes of a stack started {@linkplain StackConfig#withBrokers(int) on a cluster}.
     *
     * @throws IllegalStateException on a stack with one broker
     */
    public KafkaCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("this stack runs on one broker, not a cluster");
        }
        return cluster;
    }

    /** The {@code bootstrap.servers} the services are given: every broker. */
    public String bootstrapServers() {
        return String.join(
                ",", brokers.stream().map(BrokerProcess::bootstrapServers).toList());
    }

    public ServiceProcess jobLoss() {
        return jobLoss;
    }

    public ServiceProcess businessSupport() {
        return businessSupport;
    }

    public ServiceProcess greenEconomy() {
        return greenEconomy;
    }

    /** The reference service (areas and baselines), started like the ingest services. */
    public ServiceProcess reference() {
        return reference;
    }

    /** The first instance of the streams service. */
    public ServiceProcess streams() {
        return streams.get(0);
    }

    /** Every instance of the streams service. */
    public List<ServiceProcess> streamsInstances() {
        return List.copyOf(streams);
    }

    /** Every service process: the streams instances, the ingest services, then the reference service. */
    public List<ServiceProcess> services() {
        List<ServiceProcess> all = new ArrayList<>(streams);
        for (ServiceProcess ingest : new ServiceProcess[] {jobLoss, businessSupport, greenEconomy, reference}) {
            if (ingest != null) {
                all.add(ingest);
            }
        }
        return all;
    }

    /**
     * Starts one more instance of the streams service, on a free port with its own state directory,
     * and waits until it is ready.
     *
     * @param extraArguments arguments for this instance only, e.g. another application id for a
     *     replay from scratch
     */
    public ServiceProcess addStreamsInstance(String... extraArguments) {
        ServiceProcess instance = startStreamsInstance(extraArguments);
        instance.awaitReady();
        return instance;
    }

    /**
     * Starts one more instance of the streams service as {@link #addStreamsInstance} does, but
     * returns at once: for a test that does something while the instance joins (and the others
     * rebalance), then {@linkplain ServiceProcess#awaitReady() waits} for it.
     */
    public ServiceProcess startStreamsInstance(String... extraArguments) {
        ServiceProcess instance = startStreams(streams.size() + 1, List.of(extraArguments));
        streams.add(instance);
        return instance;
    }

    /**
     * The broker or a service that has died, if one has: what a supervisor checks to stop the rest.
     * A process stopped or killed on purpose counts too, so a fault test need not ask.
     */
    public Optional<StackFailure> deadProcess() {
        for (BrokerProcess broker : brokers) {
            OptionalInt brokerExit = broker.exitCode();
            if (brokerExit.isPresent()) {
                return Optional.of(new StackFailure(
                        brokerName(broker),
                        broker.logFile(),
                        "stopped unexpectedly (exit " + brokerExit.getAsInt() + ")",
                        LogTail.of(broker.logFile(), ServiceProcess.LOG_TAIL_LINES)));
            }
        }
        for (ServiceProcess service : services()) {
            OptionalInt exit = service.exitCode();
            if (exit.isPresent()) {
                return Optional.of(new StackFailure(
                        service.name(),
                        service.log(),
                        "stopped unexpectedly (exit " + exit.getAsInt() + ")",
                        service.logTail()));
            }
        }
        return Optional.empty();
    }

    /**
     * Stops the services (SIGTERM to all at once), then the broker; each is killed if it has not
     * stopped within its grace period. Calling it again does nothing more.
     *
     * @return the names of the processes that had to be killed
     */
    public List<String> stop() {
        List<String> killed = new ArrayList<>();
        List<ServiceProcess> services = services();
        services.forEach(ServiceProcess::requestStop);
        for (ServiceProcess service : services) {
            if (!service.awaitStop()) {
                killed.add(service.name());
            }
        }
        // Every broker at once: one at a time, the last nodes of a cluster would wait for a
        // quorum that the first ones took with them.
        brokers.forEach(BrokerProcess::requestStop);
        for (BrokerProcess broker : brokers) {
            try {
                broker.stop();
            } catch (IllegalStateException notInTime) {
                killed.add(brokerName(broker));
            }
        }
        return killed;
    }

    /** SIGKILL to every process at once, without waiting: for a user who will not wait for {@link #stop()}. */
    public void killNow() {
        services().forEach(service -> ProcessHandle.of(service.pid()).ifPresent(ProcessHandle::destroyForcibly));
        for (BrokerProcess broker : brokers) {
            ProcessHandle.of(broker.pid()).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void startBroker() {
        if (config.brokers() > 1) {
            startCluster();
            return;
        }
        int port = config.fixedPorts() ? StackPorts.KAFKA : BrokerProcess.freePort();
        Path log = config.logDir().resolve(Services.BROKER + ".log");
        BrokerProcess.Options options = new BrokerProcess.Options(
                log, withOwnTempDir(JvmOptions.BROKER, Services.BROKER), config.commandPrefix());
        try {
            brokers = List.of(BrokerProcess.start(config.kafkaDir(), port, options));
        } catch (IllegalStateException e) {
            throw StackFailure.brokerNotStarted(Services.BROKER, log, e);
        }
    }

    private void startCluster() {
        try {
            cluster = KafkaCluster.start(
                    config.kafkaDir(),
                    config.brokers(),
                    node -> new BrokerProcess.Options(
                            config.logDir().resolve(nodeName(node) + ".log"),
                            withOwnTempDir(JvmOptions.BROKER, nodeName(node)),
                            config.commandPrefix()));
        } catch (IllegalStateException e) {
            throw new StackFailure(
                    Services.BROKER,
                    config.logDir(),
                    "cluster failed to start: " + StackFailure.firstLine(e),
                    e.getMessage());
        }
        brokers = cluster.nodes();
    }

    /** "kafka" for the one broker, "kafka-2" for node 2 of a cluster. */
    private String brokerName(BrokerProcess broker) {
        return cluster == null ? Services.BROKER : nodeName(brokers.indexOf(broker) + 1);
    }

    /** The name of a cluster's node {@code node} (from 1), for its log, temporary directory and reports. */
    private static String nodeName(int node) {
        return Services.BROKER + "-" + node;
    }

    /**
     * On a cluster, the topic layout production's chart passes: topics the services create have a
     * replica on each of three nodes and take a write once two have it.
     */
    private List<String> topicLayout(String prefix) {
        if (cluster == null) {
            return List.of();
        }
        return List.of(
                "--" + prefix + "replication-factor=" + cluster.replicationFactor(),
                "--" + prefix + "min-insync-replicas=" + cluster.minInsyncReplicas());
    }

    private ServiceProcess startStreams(int instance, List<String> extraArguments) {
        String name = instance == 1 ? Services.RECOVERY_STREAMS : Services.RECOVERY_STREAMS + "-" + instance;
        int port = instance == 1 && config.fixedPorts() ? StackPorts.RECOVERY_STREAMS : BrokerProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                QUIET_BANNER,
                "--recovery.streams.state-dir=" + config.streamsStateDir(instance),
                "--recovery.streams.application-server=localhost:" + port,
                devPartners()));
        arguments.addAll(topicLayout("recovery.streams."));
        arguments.addAll(config.streamsArguments());
        arguments.addAll(extraArguments);
        return ServiceProcess.start(
                name,
                config.apps().jar(Services.RECOVERY_STREAMS),
                port,
                withOwnTempDir(JvmOptions.STREAMS, name),
                arguments,
                config.logDir(),
                config.commandPrefix());
    }

    private ServiceProcess startIngest(String name, int fixedPort) {
        int port = config.fixedPorts() ? fixedPort : BrokerProcess.freePort();
        List<String> arguments = new ArrayList<>(
                List.of("--spring.kafka.bootstrap-servers=" + bootstrapServers(), QUIET_BANNER, devPartners()));
        arguments.addAll(topicLayout("recovery.ingest.topic."));
        return ServiceProcess.start(
                name,
                config.apps().jar(name),
                port,
                withOwnTempDir(JvmOptions.INGEST, name),
                arguments,
                config.logDir(),
                config.commandPrefix());
    }

    private List<String> withOwnTempDir(List<String> jvmOptions, String service) {
        return JvmOptions.withTempDir(jvmOptions, config.tempDir(service));
    }

    /**
     * The dev-only partners, configured from a file in the data directory: the services' jars hold
     * no credentials, and the views service reads the same partners as the ingest services. The
     * file is written once per stack, for every service to import.
     */
    private synchronized String devPartners() {
        if (devPartnersArgument == null) {
            devPartnersArgument =
                    LocalPartnersFile.importArgument(config.dataDir().resolve("config"));
        }
        return devPartnersArgument;
    }

    /** One loop over every pending service, so that a service that dies is reported at once, whichever it is. */
    private static void awaitReady(List<ServiceProcess> services, StartListener listener) {
        Instant started = Instant.now();
        Instant deadline = started.plus(ServiceProcess.READY_TIMEOUT);
        Instant nextProgress = started.plus(PROGRESS_INTERVAL);
        List<ServiceProcess> pending = new ArrayList<>(services);
        while (!pending.isEmpty()) {
            for (ServiceProcess service : List.copyOf(pending)) {
                if (service.isReady()) {
                    pending.remove(service);
                    listener.serviceReady(service, Duration.between(started, Instant.now()));
                } else {
                    service.failIfDead("before it was ready");
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                throw pending.get(0).notReadyIn(ServiceProcess.READY_TIMEOUT);
            }
            if (now.isAfter(nextProgress)) {
                listener.stillWaiting(
                        pending.stream().map(ServiceProcess::name).toList(), Duration.between(started, now));
                nextProgress = now.plus(PROGRESS_INTERVAL);
            }
            Pause.of(POLL_INTERVAL);
        }
    }
}
