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
    private final List<ServiceProcess> streams = new ArrayList<>();
    private BrokerProcess broker;
    private ServiceProcess jobLoss;
    private ServiceProcess businessSupport;
    private ServiceProcess greenEconomy;

    private RecoveryStack(Path dir) {
        this.dir = dir;
    }

    /** Starts the broker and the four services, and returns once every service is ready. */
    public static RecoveryStack start(Path dir) {
        final RecoveryStack stack = new RecoveryStack(dir);
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

    /** Starts one more instance of the streams service, with its own state directory, and waits for it. */
    public ServiceProcess addStreamsInstance() {
        final ServiceProcess instance = startStreams("recovery-streams-" + (streams.size() + 1));
        streams.add(instance);
        instance.awaitReady();
        return instance;
    }

    private ServiceProcess ingest(String name) {
        final int port = BrokerProcess.freePort();
        return ServiceProcess.start(name, APPS.resolve(name + ".jar"), port,
                List.of("--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(), DEV_PARTNERS), dir.resolve("logs"));
    }

    private ServiceProcess startStreams(String name) {
        final int port = BrokerProcess.freePort();
        return ServiceProcess.start(name, APPS.resolve("recovery-streams.jar"), port, List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--recovery.streams.application-server=localhost:" + port,
                "--recovery.streams.state-dir=" + dir.resolve("state").resolve(name),
                "--recovery.streams.gauge-interval=1s"), dir.resolve("logs"));
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
