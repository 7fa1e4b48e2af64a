package org.recoverytracker.stack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChildProcess} and {@link TerminalGuard} on real JVMs running {@link Sleeper}. */
class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void stopsGracefullyWithSigtermAndLeavesNothingRunning() throws IOException {
        ChildProcess sleeper = start("sleeper", List.of(), List.of());
        awaitStarted(sleeper, 1);
        long pid = sleeper.pid();

        assertThat(sleeper.stop(Duration.ofSeconds(20))).isTrue();

        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(sleeper.exitCode()).as("a JVM ended by SIGTERM").hasValue(143);
        assertThat(Files.readString(sleeper.log())).contains(Sleeper.STARTED, Sleeper.STOPPING);
    }

    @Test
    void killsWhatDoesNotStopWithinTheGracePeriod() {
        ChildProcess stubborn = start("stubborn", List.of(), List.of("stubborn"));
        awaitStarted(stubborn, 1);
        long pid = stubborn.pid();

        assertThat(stubborn.stop(Duration.ofSeconds(2))).isFalse();

        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(stubborn.exitCode()).hasValue(137);
    }

    @Test
    void restartsAfterAKillAppendingToTheLogAndKeepsThePreviousRunsLogAside() throws IOException {
        Files.writeString(dir.resolve("sleeper.log"), "the run before\n");
        ChildProcess sleeper = start("sleeper", List.of(), List.of());
        awaitStarted(sleeper, 1);
        long first = sleeper.pid();

        assertThatIllegalStateException().isThrownBy(sleeper::restart).withMessageContaining("still running");
        sleeper.kill();
        assertThat(ProcessHandle.of(first)).isEmpty();
        assertThat(sleeper.exitCode()).hasValue(137);

        sleeper.restart();
        try {
            awaitStarted(sleeper, 2);
            assertThat(sleeper.pid()).isNotEqualTo(first);
            assertThat(Files.readString(sleeper.log()))
                    .doesNotContain(Sleeper.STOPPING)
                    .doesNotContain("the run before");
            assertThat(Files.readString(dir.resolve("sleeper.previous.log"))).isEqualTo("the run before\n");
        } finally {
            sleeper.kill();
        }
    }

    @Test
    void aGuardedChildIgnoresTheTerminalsCtrlCAndStillStopsOnSigterm() throws Exception {
        ChildProcess guarded = start("guarded", TerminalGuard.prefix(), List.of());
        awaitStarted(guarded, 1);

        Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(guarded.pid())).start();
        assertThat(interrupt.waitFor()).isZero();
        Thread.sleep(1_000);
        assertThat(guarded.isAlive()).as("alive after SIGINT").isTrue();

        assertThat(guarded.stop(Duration.ofSeconds(20))).isTrue();
        assertThat(Files.readString(guarded.log())).contains(Sleeper.STOPPING);
    }

    /** Until the JVM has started {@code runs} times: before that, it has no shutdown hook to run. */
    private static void awaitStarted(ChildProcess child, int runs) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.readString(child.log()).split(Sleeper.STARTED, -1).length == runs + 1);
    }

    private ChildProcess start(String name, List<String> prefix, List<String> arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Sleeper.class.getName()));
        command.addAll(arguments);
        return ChildProcess.start(name, command, dir.resolve(name + ".log"));
    }
}
