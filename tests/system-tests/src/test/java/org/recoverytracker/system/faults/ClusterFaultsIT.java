package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.KafkaCluster;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * The stack on three Kafka nodes shaped as production (three replicas of every topic,
 * {@code min.insync.replicas} 2, Kafka's own topics alike) while partners post single events and
 * batches and readers ask for the UK, the regions and the places all the while
 * ({@link ContinuousChecker}). The node leading an event topic's partition is killed (-9) and
 * restarted, then the active controller, then every node is restarted in turn as an operator's
 * rolling upgrade does; last, the views' streams instance is killed (-9) and restarted. With one
 * node down the cluster still takes writes, so partners should see few refusals or none; nothing
 * acknowledged is lost, nothing is counted twice, and no batch is ever half on its topic.
 */
class ClusterFaultsIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = RecoveryStackExtension.onThreeBrokers();

    @Test
    void everyAnswerIsRightAndEveryBatchWholeThroughNodeCrashesARollingRestartAndAStreamsCrash() throws Exception {
        final RecoveryStack stack = SYSTEM.stack();
        final KafkaCluster cluster = stack.cluster();
        final Oracle oracle = new Oracle();
        final ContinuousChecker readers;
        final Workload partners;
        try (Workload workload = Workload.addOnlyWithBatches(stack, oracle, 3, 2)) {
            partners = workload;
            readers = ContinuousChecker.ofAddOnly(stack.streams().baseUrl(), oracle, 2);
            partners.awaitMore(100);

            final BrokerProcess leader = cluster.leaderOf(EventKind.JOB_LOSS.topic(), 0);
            readers.phase("leader of " + EventKind.JOB_LOSS.topic() + "-0 killed");
            leader.kill();
            partners.awaitMore(100);
            readers.phase("leader restarting");
            leader.restart();
            awaitFullyReplicated(cluster);

            final BrokerProcess controller = cluster.activeController();
            readers.phase("active controller killed");
            controller.kill();
            partners.awaitMore(100);
            readers.phase("controller restarting");
            controller.restart();
            awaitFullyReplicated(cluster);

            for (BrokerProcess node : cluster.nodes()) {
                readers.phase("rolling restart: " + node.bootstrapServers() + " stopped");
                assertThat(node.stop())
                        .as("exit code of a node stopped for a rolling restart")
                        .isZero();
                partners.awaitMore(50);
                node.restart();
                awaitFullyReplicated(cluster);
            }
            readers.phase("cluster whole again");
            partners.awaitMore(50);

            // The views' transactions, their state and their coordinator on three nodes: an
            // instance killed mid-transaction is fenced and its open transaction aborted there.
            final ServiceProcess views = stack.streams();
            readers.phase("streams instance killed");
            views.kill();
            partners.awaitMore(50);
            readers.phase("streams instance restarting");
            views.restart();
            views.awaitReady();
            readers.phase("all running again");
            partners.awaitMore(50);
        }
        System.out.printf(
                "Three brokers: %d requests acknowledged (%d batches of events), %d refused with 503 and retried,"
                        + " %d over the rate limit and retried%n",
                partners.acknowledged(), partners.batches().size(), partners.unavailable(), partners.rateLimited());
        assertThat(partners.batches()).as("batches acknowledged").hasSizeGreaterThan(20);
        readers.settleAndJudge(
                "a partition leader's and the active controller's crash, a rolling restart and a streams crash");

        final int repeated = BatchChecks.assertEveryBatchWhole(stack.bootstrapServers(), partners.batches());
        System.out.printf(
                "Three brokers: every one of %d batches is whole on its topic; %d are there more than once"
                        + " (a refused attempt committed after all, then retried)%n",
                partners.batches().size(), repeated);
    }

    /** What operators wait for before taking the next node down: every replica back in sync. */
    private static void awaitFullyReplicated(KafkaCluster cluster) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(cluster::fullyReplicated);
    }
}
