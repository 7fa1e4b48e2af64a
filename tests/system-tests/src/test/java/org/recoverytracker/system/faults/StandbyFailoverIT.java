package org.recoverytracker.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * Two streams instances with a standby replica of every store; one is killed (SIGKILL) while
 * partners post. The survivor takes over the dead one's partitions from its warm standbys and
 * answers every query correctly; the time until it does is reported.
 */
class StandbyFailoverIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM =
            new RecoveryStackExtension(RecoveryStack::addStreamsInstance, "--recovery.streams.standby-replicas=1");

    @Test
    void theSurvivorAnswersEveryQueryCorrectlyAfterTheOtherInstanceIsKilled() throws Exception {
        final Oracle oracle = new Oracle();
        final ServiceProcess survivor = SYSTEM.stack().streamsInstances().get(0);
        final ServiceProcess victim = SYSTEM.stack().streamsInstances().get(1);
        final long killedAt;
        try (Workload partners = new Workload(SYSTEM.stack(), oracle, 4)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= 300);
            victim.kill();
            killedAt = System.nanoTime();
            final int acknowledgedAtKill = partners.acknowledged();
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= acknowledgedAtKill + 100);
        }
        ViewChecks.awaitViewsEqual(survivor.baseUrl(), oracle, Duration.ofMinutes(3));
        System.out.printf(
                "Standby failover: the survivor answered every view correctly %d ms after the other instance was "
                        + "killed; %d live events%n",
                Duration.ofNanos(System.nanoTime() - killedAt).toMillis(), oracle.liveEvents());
    }
}
