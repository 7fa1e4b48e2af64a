package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * The broker is killed (SIGKILL) and restarted while partners post continuously: they see 503s
 * while it is gone, and afterwards every view equals exactly what they were told was accepted.
 */
class BrokerCrashIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void viewsEqualWhatClientsWereToldAfterTheBrokerIsKilledDuringIngest() throws Exception {
        final Oracle oracle = new Oracle();
        try (Workload partners = new Workload(SYSTEM.stack(), oracle, 4)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= 150);

            SYSTEM.stack().broker().kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> partners.unavailable() >= 4);
            Thread.sleep(3_000);
            SYSTEM.stack().broker().restart();
            final int acknowledgedAtRestart = partners.acknowledged();

            await().atMost(Duration.ofSeconds(120)).until(() -> partners.acknowledged() >= acknowledgedAtRestart + 150);
            System.out.printf(
                    "Broker crash: %d requests acknowledged, %d refused with 503 and retried%n",
                    partners.acknowledged(), partners.unavailable());
        }
        assertThat(oracle.liveEvents()).isPositive();

        final Duration settled =
                ViewChecks.awaitViewsEqual(SYSTEM.stack().streams().baseUrl(), oracle, Duration.ofMinutes(3));
        System.out.printf(
                "Broker crash: views equal the oracle %d ms after the last acknowledgement%n", settled.toMillis());
    }
}
