package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * The broker is killed (SIGKILL) and restarted while partners post, correct and retract
 * continuously: they see 503s while it is gone; readers asking for the UK, the regions and the
 * places all the while get only right answers ({@link ContinuousChecker}); and afterwards every
 * view equals exactly what the partners were told was accepted.
 */
class BrokerCrashIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void viewsEqualWhatClientsWereToldAfterTheBrokerIsKilledDuringIngest() throws Exception {
        final Oracle oracle = new Oracle();
        final ContinuousChecker readers;
        try (Workload partners = new Workload(SYSTEM.stack(), oracle, 4)) {
            readers = ContinuousChecker.ofAnyWorkload(SYSTEM.stack().streams().baseUrl(), oracle, 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= 150);

            readers.phase("broker killed");
            SYSTEM.stack().broker().kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> partners.unavailable() >= 4);
            Thread.sleep(3_000);
            readers.phase("broker restarting");
            SYSTEM.stack().broker().restart();
            readers.phase("broker back");
            final int acknowledgedAtRestart = partners.acknowledged();

            await().atMost(Duration.ofSeconds(120)).until(() -> partners.acknowledged() >= acknowledgedAtRestart + 150);
            System.out.printf(
                    "Broker crash: %d requests acknowledged, %d refused with 503 and retried%n",
                    partners.acknowledged(), partners.unavailable());
        }
        assertThat(oracle.liveEvents()).isPositive();

        final Duration settled = readers.settleAndJudge("a broker crash");
        System.out.printf(
                "Broker crash: views equal the oracle %d ms after the last acknowledgement%n", settled.toMillis());
    }
}
