package org.recoverytracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.recoverytracker.localkafka.ChildProcesses;

/**
 * One of the services running from its executable jar in a process of its own, as it runs in
 * production: it can be stopped (SIGTERM), killed (SIGKILL) and started again with the same
 * arguments, and it never outlives the test JVM.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, Path jar, int port, List<String> arguments, Path logDir) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.log = logDir.resolve(name + ".log");
    }

    /** Starts a service; {@link #awaitReady()} waits for its readiness. */
    static ServiceProcess start(String name, Path jar, int port, List<String> arguments, Path logDir) {
        final ServiceProcess service = new ServiceProcess(name, jar, port, arguments, logDir);
        service.launch();
        return service;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Waits until {@code /actuator/health/readiness} is UP. */
    public void awaitReady() {
        final Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!isReady()) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited before it was ready; see " + log + ":\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                        + log + ":\n" + tail());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    public boolean isReady() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks, no clean close. */
    public synchronized void kill() {
        if (isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** SIGTERM, as Kubernetes stops a pod: the service shuts down cleanly. */
    public synchronized void stop() {
        if (isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    /** Starts it again with the same arguments after {@link #stop()} or {@link #kill()}. */
    public synchronized void restart() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    @Override
    public void close() {
        kill();
    }

    private synchronized void launch() {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            final Process started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile())).start();
            started.getOutputStream().close();
            process = ChildProcesses.reapOnExit(started);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private void waitForExit() {
        ChildProcesses.awaitExit(process, EXIT_TIMEOUT);
    }

    private String tail() {
        try {
            final List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
