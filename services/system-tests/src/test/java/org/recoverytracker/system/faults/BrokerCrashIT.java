package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.system.RecoveryStack;

/**
 * The broker is killed (SIGKILL) and restarted while partners post continuously: they see 503s
 * while it is gone, and afterwards every view equals exactly what they were told was accepted.
 */
class BrokerCrashIT {

    @TempDir
    static Path dir;

    private static RecoveryStack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = RecoveryStack.start(dir);
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void viewsShouldEqualWhatClientsWereToldAfterTheBrokerIsKilledDuringIngest() throws Exception {
        final Oracle oracle = new Oracle();
        try (Workload partners = new Workload(stack, oracle, 4)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= 150);

            stack.broker().kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> partners.unavailable() >= 4);
            Thread.sleep(3_000);
            stack.broker().restart();
            final int acknowledgedAtRestart = partners.acknowledged();

            await().atMost(Duration.ofSeconds(120)).until(() -> partners.acknowledged() >= acknowledgedAtRestart + 150);
            System.out.printf("Broker crash: %d requests acknowledged, %d refused with 503 and retried%n",
                    partners.acknowledged(), partners.unavailable());
        }
        assertThat(oracle.liveEvents()).isPositive();

        final Duration settled = ViewChecks.awaitViewsEqual(stack.streams().baseUrl(), oracle, Duration.ofMinutes(3));
        System.out.printf("Broker crash: views equal the oracle %d ms after the last acknowledgement%n", settled.toMillis());
    }
}
