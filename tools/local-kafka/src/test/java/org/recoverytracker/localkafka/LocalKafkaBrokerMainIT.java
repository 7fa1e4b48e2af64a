package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The program as {@code run-local} and {@link BrokerProcess} start it. */
class LocalKafkaBrokerMainIT {

    @TempDir
    Path dataDir;

    private Process parent;
    private Process broker;

    @AfterEach
    void killLeftovers() {
        for (Process process : new Process[] {broker, parent}) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void printsOneReadyLineAndStopsCleanlyWhenItsParentProcessEnds() throws Exception {
        parent = new ProcessBuilder("sleep", "300").start();
        int port = BrokerProcess.freePort();
        broker = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalKafkaBroker.class.getName(),
                        "--port",
                        Integer.toString(port),
                        "--data-dir",
                        dataDir.toString(),
                        "--parent-pid",
                        Long.toString(parent.pid()))
                .redirectError(dataDir.resolve("stderr.log").toFile())
                .start();

        try (BufferedReader stdout =
                new BufferedReader(new InputStreamReader(broker.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(stdout.readLine())
                    .isEqualTo("Kafka broker ready on 127.0.0.1:" + port + " (data in " + dataDir + ")");
            assertThat(TestClients.topics("127.0.0.1:" + port)).isEmpty();

            parent.destroyForcibly().waitFor();

            assertThat(broker.waitFor(30, TimeUnit.SECONDS))
                    .as("broker exited after its parent")
                    .isTrue();
            assertThat(broker.exitValue()).isZero();
            assertThat(stdout.lines())
                    .as("standard output after the ready line")
                    .isEmpty();
        }
    }
}
