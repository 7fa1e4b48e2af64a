package org.recoverytracker.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * The only streams instance, without a standby replica, is killed (SIGKILL) mid-stream and
 * restarted: exactly-once processing throws away its uncommitted work and its local state, it
 * restores its stores from their changelogs, and its views equal the oracle. The revision log,
 * written in the same transactions, has each change exactly once: it chains without a gap or a
 * repeat and rebuilds the views. The time to recover is reported.
 */
class StreamsCrashIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void viewsEqualTheOracleAfterTheStreamsServiceIsKilledAndRestarted() throws Exception {
        final Oracle oracle = new Oracle();
        final ServiceProcess streams = SYSTEM.stack().streams();
        final long killedAt;
        final ContinuousChecker readers;
        try (Workload partners = new Workload(SYSTEM.stack(), oracle, 4)) {
            readers = ContinuousChecker.ofAnyWorkload(streams.baseUrl(), oracle, 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= 300);
            readers.phase("streams killed");
            streams.kill();
            killedAt = System.nanoTime();
            final int acknowledgedAtKill = partners.acknowledged();
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= acknowledgedAtKill + 100);
            readers.phase("streams restarting");
            streams.restart();
            streams.awaitReady();
            readers.phase("streams ready again");
        }
        final Duration ready = Duration.ofNanos(System.nanoTime() - killedAt);
        final Duration settled = readers.settleAndJudge("a streams crash without standby");
        final int revisions = RevisionLogChecks.assertLogChainsAndRebuilds(
                SYSTEM.stack().broker().bootstrapServers(), oracle.expectedSectors());
        System.out.printf(
                "Streams crash without standby: ready %d ms after the kill (including the restart), "
                        + "views equal the oracle %d ms later; %d live events; the revision log's %d revisions"
                        + " chain without a gap or a repeat and rebuild the views%n",
                ready.toMillis(), settled.toMillis(), oracle.liveEvents(), revisions);
    }
}
