package org.recoverytracker.localkafka;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * Several real Kafka nodes, each a {@link BrokerProcess} in its own child JVM and each both broker
 * and KRaft controller, forming one cluster shaped as production is (see
 * {@link BrokerConfig#clusterNode}): for tests of what survives the loss of a partition leader or
 * of the active controller, and a rolling restart.
 *
 * <p>Node {@code n} (from 1) keeps its data in {@code dir/node-n}, its client and controller ports
 * for the life of the cluster, so that a node killed or stopped can be {@linkplain
 * BrokerProcess#restart() restarted} alone and rejoin. Starting a cluster again on the same
 * directory brings back the same cluster.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    // A node whose controlled shutdown was approved before the quorum went finishes well within this.
    private static final Duration QUORUM_LOST_GRACE = Duration.ofSeconds(5);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final List<BrokerProcess> nodes;

    private KafkaCluster(List<BrokerProcess> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts {@code size} nodes at once and returns when every one accepts clients.
     *
     * @param optionsOfNode how node {@code n} (from 1) is started, e.g. where its log goes
     * @throws IllegalStateException if a node exits or is not ready in time; every node is then killed
     */
    public static KafkaCluster start(Path dir, int size, IntFunction<BrokerProcess.Options> optionsOfNode) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, not " + size);
        }
        List<Integer> taken = new ArrayList<>();
        int[] clientPorts = new int[size];
        int[] controllerPorts = new int[size];
        for (int node = 0; node < size; node++) {
            clientPorts[node] = pickPort(taken);
            controllerPorts[node] = pickPort(taken);
        }
        String voters = voters(controllerPorts);
        // A restarted cluster keeps the id its storage was formatted with
        String clusterId = KraftStorage.clusterId(BrokerConfig.kafkaLogDir(nodeDir(dir, 1)))
                .orElseGet(() -> Uuid.randomUuid().toString());
        List<BrokerProcess> nodes = new ArrayList<>();
        try {
            for (int node = 1; node <= size; node++) {
                nodes.add(BrokerProcess.spawnMember(
                        nodeDir(dir, node),
                        clientPorts[node - 1],
                        optionsOfNode.apply(node),
                        new QuorumMembership(node, voters, clusterId)));
            }
            nodes.forEach(BrokerProcess::awaitReady);
        } catch (RuntimeException e) {
            nodes.forEach(BrokerProcess::kill);
            throw e;
        }
        return new KafkaCluster(nodes);
    }

    /** Every node, node 1 first. */
    public List<BrokerProcess> nodes() {
        return nodes;
    }

    /** Node {@code nodeId}, as Kafka numbers it (from 1): the id a metadata answer names a leader by. */
    public BrokerProcess node(int nodeId) {
        return nodes.get(nodeId - 1);
    }

    /** Replicas of every topic on this cluster by default: three, or as many as there are nodes. */
    public int replicationFactor() {
        return replicationFactor(nodes.size());
    }

    /** {@code min.insync.replicas} of every topic on this cluster: one fewer than the replicas, so one node may be down. */
    public int minInsyncReplicas() {
        return minInsyncReplicas(nodes.size());
    }

    static int replicationFactor(int clusterSize) {
        return Math.min(3, clusterSize);
    }

    static int minInsyncReplicas(int clusterSize) {
        return Math.max(1, replicationFactor(clusterSize) - 1);
    }

    /** The {@code bootstrap.servers} value naming every node. */
    public String bootstrapServers() {
        return nodes.stream().map(BrokerProcess::bootstrapServers).collect(Collectors.joining(","));
    }

    /** The node that leads {@code topic}'s {@code partition} now. */
    public BrokerProcess leaderOf(String topic, int partition) {
        return withAdmin(admin -> {
            TopicDescription description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Node leader = description.partitions().get(partition).leader();
            if (leader == null || leader.isEmpty()) {
                throw new IllegalStateException(topic + "-" + partition + " has no leader now");
            }
            return node(leader.id());
        });
    }

    /** The node whose controller leads the KRaft quorum now: the active controller. */
    public BrokerProcess activeController() {
        return withAdmin(
                admin -> node(admin.describeMetadataQuorum().quorumInfo().get().leaderId()));
    }

    /**
     * Whether every replica of every partition is in sync, which is when one more node may be
     * taken down without a partition losing its last in-sync replica (what a rolling restart
     * waits for between nodes, as operators' tools do).
     */
    public boolean fullyReplicated() {
        return withAdmin(admin -> {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get();
            return admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(description -> description.partitions().stream())
                    .allMatch(partition ->
                            partition.isr().size() == partition.replicas().size());
        });
    }

    /**
     * How a whole cluster stopped: which nodes (by id) had to be killed, and why.
     *
     * @param stuck nodes still running 30 s after they were asked to
     *     stop while a quorum of controllers was still there to let them: a fault
     * @param outlivedQuorum nodes still running 5 s after a
     *     majority of the voters had exited. Such a node's broker waits for a controller to approve
     *     its controlled shutdown, and with the quorum gone none can: a race inherent to stopping
     *     every KRaft node at once, not a fault. Committed data is on disk either way.
     */
    public record Stopped(List<Integer> stuck, List<Integer> outlivedQuorum) {

        public Stopped {
            stuck = List.copyOf(stuck);
            outlivedQuorum = List.copyOf(outlivedQuorum);
        }
    }

    /**
     * Asks every running node to shut down at once and waits for them. One at a time, the last
     * nodes would wait for a quorum that the first ones took with them; at once, a node may still
     * lose that race (see {@link Stopped#outlivedQuorum()}), and is then killed instead of waited
     * for until Kafka gives up on its controlled shutdown minutes later.
     */
    public Stopped stop() {
        nodes.forEach(BrokerProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        Instant quorumLostAt = null;
        List<Integer> stuck = new ArrayList<>();
        List<Integer> outlivedQuorum = new ArrayList<>();
        for (List<Integer> running = running(); !running.isEmpty(); running = running()) {
            if (quorumLostAt == null && nodes.size() - running.size() >= majority()) {
                quorumLostAt = Instant.now();
            }
            if (quorumLostAt != null && Instant.now().isAfter(quorumLostAt.plus(QUORUM_LOST_GRACE))) {
                outlivedQuorum.addAll(killRunning("outlived its quorum"));
            } else if (Instant.now().isAfter(deadline)) {
                stuck.addAll(killRunning("did not stop in time"));
            } else {
                BrokerProcess.sleep(POLL_INTERVAL);
            }
        }
        return new Stopped(stuck, outlivedQuorum);
    }

    private List<Integer> running() {
        List<Integer> running = new ArrayList<>();
        for (int node = 1; node <= nodes.size(); node++) {
            if (node(node).isRunning()) {
                running.add(node);
            }
        }
        return running;
    }

    /** Kills every node still running and prints why, with the broker's last words. */
    private List<Integer> killRunning(String why) {
        List<Integer> killed = running();
        for (int node : killed) {
            System.err.println("Kafka node " + node + " " + why + " and was killed. The end of its output:\n"
                    + node(node).outputTail());
            node(node).kill();
        }
        return killed;
    }

    private int majority() {
        return nodes.size() / 2 + 1;
    }

    /** Kills every node still running. */
    @Override
    public void close() {
        nodes.forEach(BrokerProcess::kill);
    }

    private interface AdminCall<T> {
        T call(Admin admin) throws ExecutionException, InterruptedException;
    }

    /** One admin call against whichever nodes are up, bounded in time. */
    private <T> T withAdmin(AdminCall<T> call) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) ADMIN_TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) ADMIN_TIMEOUT.toMillis()))) {
            return call.call(admin);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The cluster did not answer: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the cluster", e);
        }
    }

    static Path nodeDir(Path dir, int nodeId) {
        return dir.resolve("node-" + nodeId);
    }

    private static String voters(int[] controllerPorts) {
        List<String> voters = new ArrayList<>();
        for (int node = 1; node <= controllerPorts.length; node++) {
            voters.add(node + "@" + BrokerSettings.DEFAULT_HOST + ":" + controllerPorts[node - 1]);
        }
        return String.join(",", voters);
    }

    private static int pickPort(List<Integer> taken) {
        int port = FreePorts.pick(
                BrokerSettings.DEFAULT_HOST,
                taken.stream().mapToInt(Integer::intValue).toArray());
        taken.add(port);
        return port;
    }
}
