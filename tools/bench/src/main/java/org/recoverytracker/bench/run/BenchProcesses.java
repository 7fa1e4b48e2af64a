package org.recoverytracker.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.recoverytracker.bench.monitor.MemoryMonitor;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.stack.Apps;
import org.recoverytracker.stack.JvmOptions;
import org.recoverytracker.stack.LocalPartnersFile;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.stack.Services;
import org.recoverytracker.stack.StackFailure;
import org.recoverytracker.stack.process.TerminalGuard;

/**
 * The processes the benchmark measures, started and stopped with the stack harness's parts: one
 * broker, and instances of the services on free ports, each with its log (and GC log) in the logs
 * directory and its temporary files under the work directory. Every process is watched by the
 * {@link MemoryMonitor}. Services stop before the broker, so that they close cleanly while it is
 * still there; the terminal's Ctrl-C does not reach them ({@link TerminalGuard}), this class
 * decides when they stop.
 */
final class BenchProcesses {

    /**
     * The ingest and reference services' JVM: a bounded heap; it dies rather than limp on out of
     * memory. The streams service's is the local stack's ({@link JvmOptions#STREAMS}).
     */
    private static final List<String> SERVICE_JVM =
            List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    /** The broker gets more than the local stack's: the baselines push it hardest. */
    private static final List<String> BROKER_JVM = List.of("-Xms256m", "-Xmx1g", "-XX:+UseSerialGC");

    static final String BROKER = "kafka-broker";
    static final String STREAMS = Services.RECOVERY_STREAMS;

    private final Path work;
    private final Path logs;
    private final Apps apps;
    private final MemoryMonitor monitor;
    private final boolean profile;
    private final List<String> commandPrefix = TerminalGuard.prefix();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private volatile BrokerProcess broker;
    private String partnersImport;

    /**
     * @param profile record each streams instance with Java Flight Recorder into the logs directory
     */
    BenchProcesses(Path work, Path logs, Apps apps, MemoryMonitor monitor, boolean profile) {
        this.work = work;
        this.logs = logs;
        this.apps = apps;
        this.monitor = monitor;
        this.profile = profile;
    }

    /** Starts the broker on a free port, its data under the work directory; returns when it is ready. */
    BrokerProcess startBroker() {
        Path log = logs.resolve(BROKER + ".log");
        try {
            broker = BrokerProcess.start(
                    work.resolve("kafka"),
                    BrokerProcess.freePort(),
                    new BrokerProcess.Options(log, withTempDir(BROKER_JVM, BROKER), commandPrefix));
        } catch (IllegalStateException e) {
            throw StackFailure.brokerNotStarted(BROKER, log, e);
        }
        monitor.watch(new MemoryMonitor.Watched(BROKER, broker.pid(), null, null));
        return broker;
    }

    /** Where every process's log is, and the steps' own (Kafka's performance tools). */
    Path logs() {
        return logs;
    }

    BrokerProcess broker() {
        return broker;
    }

    /**
     * Starts an instance of {@code service} on a free port, connected to the broker and configured
     * with the local partners; returns at once ({@link ServiceProcess#awaitReady}).
     *
     * @param instance its name, for its logs (e.g. {@code job-loss-service-2})
     * @param arguments its own Spring Boot arguments
     */
    ServiceProcess start(String service, String instance, List<String> arguments) {
        return start(service, apps.jar(service), instance, BrokerProcess.freePort(), arguments);
    }

    /**
     * Starts an instance of the streams service from {@code jar} (this repository's build, {@link
     * #jar}, or another's) as {@link #start} does, with its own state directory under the work
     * directory, and its address for the other instances' queries.
     */
    ServiceProcess startStreams(String instance, Path jar, List<String> arguments) {
        int port = BrokerProcess.freePort();
        List<String> all = new ArrayList<>(List.of(
                "--recovery.streams.state-dir=" + work.resolve("state").resolve(instance),
                "--recovery.streams.application-server=localhost:" + port));
        all.addAll(arguments);
        return start(STREAMS, jar, instance, port, all);
    }

    /** The jar of {@code service} as this repository built it (copied, so that a rebuild meanwhile is harmless). */
    Path jar(String service) {
        return apps.jar(service);
    }

    private ServiceProcess start(String service, Path jar, String instance, int port, List<String> arguments) {
        List<String> jvm = new ArrayList<>(service.equals(STREAMS) ? JvmOptions.STREAMS : SERVICE_JVM);
        if (profile && service.equals(STREAMS)) {
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + logs.resolve(instance + ".jfr"));
        }
        Path gcLog = logs.resolve(instance + "-gc.log");
        jvm.add("-Xlog:gc:file=" + gcLog);
        List<String> all = new ArrayList<>(
                List.of("--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(), partnersImport()));
        all.addAll(arguments);
        ServiceProcess process =
                ServiceProcess.start(instance, jar, port, withTempDir(jvm, instance), all, logs, commandPrefix);
        services.add(process);
        monitor.watch(new MemoryMonitor.Watched(service, process.pid(), port, gcLog));
        return process;
    }

    /** SIGTERM to all at once, then waits for each; one that takes longer than its grace period is killed. */
    void stop(Collection<ServiceProcess> instances) {
        instances.forEach(ServiceProcess::requestStop);
        instances.forEach(ServiceProcess::awaitStop);
        services.removeAll(instances);
    }

    /** Stops every service still running, then the broker. Calling it again does nothing more. */
    void stopAll() {
        stop(List.copyOf(services));
        BrokerProcess last = broker;
        if (last != null && last.isRunning()) {
            try {
                last.stop();
            } catch (IllegalStateException notInTime) {
                // Killed: the benchmark is over, and its data goes with the work directory.
            }
        }
    }

    /** The URL of an instance's HTTP API, on the loopback address the load generators use. */
    static String url(ServiceProcess service) {
        return "http://127.0.0.1:" + service.port();
    }

    private synchronized String partnersImport() {
        if (partnersImport == null) {
            partnersImport = LocalPartnersFile.importArgument(work.resolve("config"));
        }
        return partnersImport;
    }

    /** What a JVM leaves in its temporary directory goes with the work directory. */
    private List<String> withTempDir(List<String> jvmOptions, String name) {
        return JvmOptions.withTempDir(jvmOptions, work.resolve("tmp").resolve(name));
    }
}
