package org.recoverytracker.localkafka;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The processes this JVM starts (a broker, services, Prometheus, Kafka's tools), tracked so that
 * none outlives it: whatever is still running when the JVM exits, also after a failed test or a
 * Ctrl-C, is killed by one shutdown hook.
 *
 * <p>The JVM runs shutdown hooks concurrently, so a graceful stop in a hook of its own would race
 * this one's kill. A graceful stop is therefore registered with {@link #stopFirst(Runnable)}: the
 * one hook runs it, and kills only what is still running afterwards.
 */
public final class ChildProcesses {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final List<Runnable> GRACEFUL_STOPS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::reap, "child-process-reaper"));
    }

    private ChildProcesses() {}

    /** Kills {@code process} when this JVM exits, unless it has ended by then. */
    public static Process reapOnExit(Process process) {
        RUNNING.add(process);
        process.onExit().thenRun(() -> RUNNING.remove(process));
        return process;
    }

    /**
     * Runs {@code gracefulStop} when this JVM exits, before whatever is still running is killed.
     * Stops registered this way run one after the other, in the order they were registered.
     */
    public static void stopFirst(Runnable gracefulStop) {
        GRACEFUL_STOPS.add(gracefulStop);
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

    private static void reap() {
        for (Runnable stop : GRACEFUL_STOPS) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // The kill below still runs: no child may outlive this JVM.
                System.err.println("Graceful stop failed: " + e);
            }
        }
        RUNNING.forEach(Process::destroyForcibly);
    }
}
