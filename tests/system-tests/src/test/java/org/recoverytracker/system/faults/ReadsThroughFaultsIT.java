package org.recoverytracker.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * The views while things fail, not only after: partners keep reporting new events while the
 * streams service is killed (-9) and restarted and then the broker is, and readers ask for the UK,
 * the regions and the places all the while. Every answer is judged as it comes
 * ({@link ContinuousChecker}): a 503 with {@code Retry-After}, a 404, or figures that count no more
 * than was sent, never a 500, and never less than an earlier answer showed. Afterwards the views
 * equal what the partners were told.
 */
class ReadsThroughFaultsIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void everyAnswerThroughAStreamsCrashAndABrokerRestartIsA503OrWithinItsBounds() throws Exception {
        final RecoveryStack stack = SYSTEM.stack();
        final ServiceProcess streams = stack.streams();
        final Oracle oracle = new Oracle();
        final ContinuousChecker readers;
        try (Workload partners = Workload.addOnly(stack, oracle, 4)) {
            readers = ContinuousChecker.ofAddOnly(streams.baseUrl(), oracle, 2);
            partners.awaitMore(150);

            readers.phase("streams killed");
            streams.kill();
            partners.awaitMore(100);
            readers.phase("streams restarting");
            streams.restart();
            streams.awaitReady();
            readers.phase("streams ready again");
            partners.awaitMore(100);

            readers.phase("broker killed");
            stack.broker().kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> partners.unavailable() >= 4);
            readers.phase("broker restarting");
            stack.broker().restart();
            partners.awaitMore(100);
            readers.phase("broker back");
        }
        readers.settleAndJudge("a streams crash and a broker restart");
    }
}
