package org.recoverytracker.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.recoverytracker.stack.process.ChildProcess;

/**
 * One of the services running from its executable jar in a process of its own, as it runs in
 * production: it can be stopped (SIGTERM), killed (SIGKILL) and started again with the same
 * arguments, and it never outlives the JVM that started it.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Generous: four Spring Boot services starting at once on 2 shared cores take a minute or more. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    /** How long a service may take to shut down after SIGTERM before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);

    static final int LOG_TAIL_LINES = 40;

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final ChildProcess process;

    private ServiceProcess(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts {@code java OPTIONS -jar JAR --server.port=PORT ARGUMENTS}; {@link #awaitReady()}
     * waits for its readiness.
     *
     * @param commandPrefix words before {@code java}, see {@link StackConfig#commandPrefix()}
     */
    public static ServiceProcess start(
            String name,
            Path jar,
            int port,
            List<String> jvmOptions,
            List<String> arguments,
            Path logDir,
            List<String> commandPrefix) {
        List<String> command = new ArrayList<>(commandPrefix);
        command.add(Java.executable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        return new ServiceProcess(port, ChildProcess.start(name, command, logDir.resolve(name + ".log")));
    }

    public String name() {
        return process.name();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return process.log();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The exit code once the process has ended; empty while it runs. */
    public OptionalInt exitCode() {
        return process.exitCode();
    }

    public String logTail() {
        return process.logTail(LOG_TAIL_LINES);
    }

    /** Whether {@code /actuator/health/readiness} answers UP (200) right now. */
    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until the readiness check is UP.
     *
     * @throws StackFailure if the process exits first, or is not ready within {@link #READY_TIMEOUT}
     */
    public void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!isReady()) {
            failIfDead("before it was ready");
            if (Instant.now().isAfter(deadline)) {
                throw notReadyIn(READY_TIMEOUT);
            }
            Pause.of(POLL_INTERVAL);
        }
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks, no clean close. */
    public void kill() {
        process.kill();
    }

    /**
     * SIGTERM, as Kubernetes stops a pod: the service shuts down cleanly; killed if it has not
     * within {@link #STOP_GRACE}.
     *
     * @return whether it stopped by itself in time
     */
    public boolean stop() {
        return process.stop(STOP_GRACE);
    }

    /** SIGTERM without waiting; see {@link #awaitStop()}. */
    public void requestStop() {
        process.requestStop();
    }

    /** Waits for the end after {@link #requestStop()}; kills it after {@link #STOP_GRACE}. */
    public boolean awaitStop() {
        return process.awaitStop(STOP_GRACE);
    }

    /** Starts it again with the same arguments after {@link #stop()} or {@link #kill()}; see {@link #awaitReady()}. */
    public void restart() {
        process.restart();
    }

    @Override
    public void close() {
        kill();
    }

    void failIfDead(String when) {
        OptionalInt exit = process.exitCode();
        if (exit.isPresent()) {
            throw new StackFailure(name(), log(), "stopped (exit " + exit.getAsInt() + ") " + when, logTail());
        }
    }

    StackFailure notReadyIn(Duration timeout) {
        return new StackFailure(name(), log(), "was not ready within " + timeout.toSeconds() + " s", logTail());
    }
}
