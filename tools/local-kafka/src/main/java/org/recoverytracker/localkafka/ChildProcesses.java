package org.recoverytracker.localkafka;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The processes this JVM starts (a broker, services, Prometheus, Kafka's tools), tracked so that
 * none outlives it: whatever is still running when the JVM exits, also after a failed test or a
 * Ctrl-C, is killed by one shutdown hook.
 */
public final class ChildProcesses {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "child-process-reaper"));
    }

    private ChildProcesses() {
    }

    /** Kills {@code process} when this JVM exits, unless it has ended by then. */
    public static Process reapOnExit(Process process) {
        RUNNING.add(process);
        process.onExit().thenRun(() -> RUNNING.remove(process));
        return process;
    }

    /**
     * Waits up to {@code grace} for a process that has been asked to stop (or was killed), then
     * kills it.
     *
     * @return whether it ended within {@code grace} by itself
     */
    public static boolean awaitExit(Process process, Duration grace) {
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }
}
