package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.http.Http;

/**
 * The streams service scaled from one instance to three and back under load, as an operator (or
 * an autoscaler) does: a second instance joins; a third joins, and while the group rebalances for
 * it the second is killed (-9); the second comes back; then the third and the second are stopped.
 * Readers ask the first instance, which stays throughout, for the UK, the regions and the places
 * all the while ({@link ContinuousChecker}); afterwards the one instance left holds every view,
 * equal to what partners were told. A view going back is a violation at every moment, the kill
 * included, so a gather that answers without one instance's share fails the test.
 */
class ScaleOutIT {

    /** The streams' state in the health details, so that the test knows when a rebalance is on. */
    @RegisterExtension
    static final RecoveryStackExtension SYSTEM =
            new RecoveryStackExtension("--management.endpoint.health.show-details=always");

    @Test
    void everyAnswerIsRightFromOneToThreeInstancesWithOneKilledMidRebalanceAndBackToOne() throws Exception {
        final RecoveryStack stack = SYSTEM.stack();
        final ServiceProcess first = stack.streams();
        final Oracle oracle = new Oracle();
        final ContinuousChecker readers;
        try (Workload partners = Workload.addOnly(stack, oracle, 4)) {
            readers = ContinuousChecker.ofAddOnly(first.baseUrl(), oracle, 2);
            partners.awaitMore(150);

            readers.phase("second instance joining");
            final ServiceProcess second = stack.addStreamsInstance();
            partners.awaitMore(100);

            readers.phase("third instance joining");
            final ServiceProcess third = stack.startStreamsInstance();
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> Stream.of(first, second).anyMatch(instance -> "REBALANCING".equals(state(instance))));
            readers.phase("second killed mid-rebalance");
            second.kill();
            third.awaitReady();
            partners.awaitMore(100);

            readers.phase("second restarting");
            second.restart();
            second.awaitReady();
            partners.awaitMore(100);

            readers.phase("three instances, steady");
            partners.awaitMore(100);

            readers.phase("scaling in to one instance");
            assertThat(third.stop()).as("third stopped within its grace").isTrue();
            assertThat(second.stop()).as("second stopped within its grace").isTrue();
            partners.awaitMore(100);
            readers.phase("one instance again");
        }
        readers.settleAndJudge("scaling from one instance to three and back, one killed mid-rebalance");
    }

    /** The Kafka Streams state an instance reports, or null when it can't be asked. */
    private static String state(ServiceProcess instance) {
        try {
            return Http.get(instance.baseUrl() + "/actuator/health/kafkaStreams")
                    .json()
                    .path("details")
                    .path("state")
                    .asString(null);
        } catch (RuntimeException unreachable) {
            return null;
        }
    }
}
