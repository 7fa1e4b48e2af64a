package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.http.Http;

/**
 * Two streams instances with a standby replica of every store; one is killed (SIGKILL) while
 * partners post. The survivor takes over the dead one's partitions from its warm standbys and
 * answers every query correctly; the time until it does is reported. That the standbys were used,
 * and not the changelogs read again from the start, is shown by the survivor's own counts of what
 * it read back: its standbys kept up with records before the kill, and taking over restored only a
 * small part of that.
 */
class StandbyFailoverIT {

    private static final String STANDBY_RECORDS = "recovery_streams_standby_records_total";
    private static final String RESTORED_RECORDS = "recovery_streams_restored_records_total";

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM =
            new RecoveryStackExtension(RecoveryStack::addStreamsInstance, "--recovery.streams.standby-replicas=1");

    @Test
    void theSurvivorAnswersEveryQueryCorrectlyAfterTheOtherInstanceIsKilled() throws Exception {
        final Oracle oracle = new Oracle();
        final ServiceProcess survivor = SYSTEM.stack().streamsInstances().get(0);
        final ServiceProcess victim = SYSTEM.stack().streamsInstances().get(1);
        final long killedAt;
        final double standbyRecords;
        final double restoredBefore;
        final ContinuousChecker readers;
        try (Workload partners = new Workload(SYSTEM.stack(), oracle, 4)) {
            readers = ContinuousChecker.ofAnyWorkload(survivor.baseUrl(), oracle, 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= 300);
            await().atMost(Duration.ofSeconds(60)).until(() -> scraped(survivor, STANDBY_RECORDS) > 0);
            standbyRecords = scraped(survivor, STANDBY_RECORDS);
            restoredBefore = scraped(survivor, RESTORED_RECORDS);
            readers.phase("other instance killed");
            victim.kill();
            killedAt = System.nanoTime();
            final int acknowledgedAtKill = partners.acknowledged();
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.acknowledged() >= acknowledgedAtKill + 100);
        }
        readers.settleAndJudge("a failover to standbys");
        final double restoredOnTakeover = scraped(survivor, RESTORED_RECORDS) - restoredBefore;
        System.out.printf(
                "Standby failover: the survivor answered every view correctly %d ms after the other instance was "
                        + "killed; %d live events; its standbys had kept up with %.0f changelog records, taking over "
                        + "restored %.0f%n",
                Duration.ofNanos(System.nanoTime() - killedAt).toMillis(),
                oracle.liveEvents(),
                standbyRecords,
                restoredOnTakeover);
        assertThat(restoredOnTakeover)
                .as("records restored on taking over, against the %.0f its standbys held", standbyRecords)
                .isLessThan(standbyRecords / 4);
    }

    /** The sum of a counter's series on an instance's Prometheus scrape. */
    private static double scraped(ServiceProcess instance, String counter) {
        return Http.get(instance.baseUrl() + "/actuator/prometheus")
                .body()
                .lines()
                .filter(line -> line.startsWith(counter + "{") || line.startsWith(counter + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
