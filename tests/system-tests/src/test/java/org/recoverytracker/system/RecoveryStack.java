package org.recoverytracker.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.recoverytracker.localkafka.BrokerProcess;

/**
 * The whole system for a test: a real Kafka broker and the four services, each in its own process
 * on free ports, with every piece of state under one directory. Like {@code ./run-local}, but on
 * ports no other process holds.
 */
public final class RecoveryStack implements AutoCloseable {

    private static final Path APPS = Path.of(System.getProperty("recovery.apps.dir", "target/apps"));
    private static final String DEV_PARTNERS = "--spring.config.import=classpath:recovery-local-partners.yml";

    private final Path dir;
    private final List<String> streamsArguments;
    private final List<ServiceProcess> streams = new ArrayList<>();
    private BrokerProcess broker;
    private ServiceProcess jobLoss;
    private ServiceProcess businessSupport;
    private ServiceProcess greenEconomy;

    private RecoveryStack(Path dir, List<String> streamsArguments) {
        this.dir = dir;
        this.streamsArguments = List.copyOf(streamsArguments);
    }

    /**
     * Starts the broker and the four services, and returns once every service is ready.
     *
     * @param streamsArguments extra arguments for every instance of the streams service, such as
     *                         {@code --recovery.streams.standby-replicas=1}
     */
    public static RecoveryStack start(Path dir, String... streamsArguments) {
        final RecoveryStack stack = new RecoveryStack(dir, List.of(streamsArguments));
        try {
            stack.broker = BrokerProcess.start(dir.resolve("kafka"), BrokerProcess.freePort());
            stack.jobLoss = stack.ingest("job-loss-service");
            stack.businessSupport = stack.ingest("business-support-service");
            stack.greenEconomy = stack.ingest("green-economy-service");
            stack.streams.add(stack.startStreams("recovery-streams"));
            awaitReady(stack.all());
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public BrokerProcess broker() {
        return broker;
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

    /** The first instance of the streams service. */
    public ServiceProcess streams() {
        return streams.get(0);
    }

    /** Every instance of the streams service. */
    public List<ServiceProcess> streamsInstances() {
        return List.copyOf(streams);
    }

    /**
     * Starts one more instance of the streams service, with its own state directory, and waits for
     * it.
     *
     * @param extraArguments arguments for this instance only, e.g. another application id for a
     *                       replay from scratch
     */
    public ServiceProcess addStreamsInstance(String... extraArguments) {
        final ServiceProcess instance = startStreams("recovery-streams-" + (streams.size() + 1), extraArguments);
        streams.add(instance);
        instance.awaitReady();
        return instance;
    }

    /** The directory holding every piece of the stack's state and its logs. */
    public Path dir() {
        return dir;
    }

    private ServiceProcess ingest(String name) {
        final int port = BrokerProcess.freePort();
        return ServiceProcess.start(name, APPS.resolve(name + ".jar"), port,
                List.of("--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(), DEV_PARTNERS), dir.resolve("logs"));
    }

    private ServiceProcess startStreams(String name, String... extraArguments) {
        final int port = BrokerProcess.freePort();
        final List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--recovery.streams.application-server=localhost:" + port,
                "--recovery.streams.state-dir=" + dir.resolve("state").resolve(name),
                "--recovery.streams.gauge-interval=1s"));
        arguments.addAll(streamsArguments);
        arguments.addAll(List.of(extraArguments));
        return ServiceProcess.start(name, APPS.resolve("recovery-streams.jar"), port, arguments, dir.resolve("logs"));
    }

    private List<ServiceProcess> all() {
        final List<ServiceProcess> all = new ArrayList<>();
        for (ServiceProcess ingest : new ServiceProcess[] {jobLoss, businessSupport, greenEconomy}) {
            if (ingest != null) {
                all.add(ingest);
            }
        }
        all.addAll(streams);
        return all;
    }

    private static void awaitReady(List<ServiceProcess> services) {
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(service::awaitReady))
                .toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        all().forEach(ServiceProcess::stop);
        if (broker != null) {
            broker.close();
        }
    }
}
