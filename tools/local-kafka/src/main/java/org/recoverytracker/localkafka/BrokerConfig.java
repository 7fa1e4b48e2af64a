package org.recoverytracker.localkafka;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Kafka server properties of a single node that is both broker and KRaft controller.
 *
 * <p>Kafka's defaults assume a cluster of at least three brokers: internal topics ask for three
 * replicas and would never be created on one node. Everything that assumes more than one node
 * is set here, so that transactions and {@code exactly_once_v2} Kafka Streams applications work
 * against this broker exactly as they do against a real cluster.
 */
final class BrokerConfig {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String SCRAM_LISTENER = "SCRAM";

    private BrokerConfig() {}

    /** Kafka's own data (topic partitions and the cluster metadata log) inside the data directory. */
    static Path kafkaLogDir(Path dataDir) {
        return dataDir.resolve("kafka-data");
    }

    static Map<String, String> singleNode(BrokerSettings settings, int controllerPort) {
        String host = settings.host();
        Map<String, String> config = new LinkedHashMap<>();

        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        // A static voter set rather than a formatted dynamic quorum: the controller port may
        // change from one start to the next, and a dynamic quorum would remember the old one.
        config.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put(
                "listeners",
                CLIENT_LISTENER + "://" + host + ":" + settings.port() + "," + CONTROLLER_LISTENER + "://" + host + ":"
                        + controllerPort);
        config.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + settings.port());
        config.put(
                "listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", CLIENT_LISTENER);
        config.put("log.dirs", kafkaLogDir(settings.dataDir()).toString());
        // After a kill -9 the restarted controller still sees the old broker incarnation as live
        // and rejects the new registration until that session times out (9 s by default, plus a
        // 2 s retry). Short values make a crashed broker come back in about three seconds; the
        // heartbeat never leaves this process, so a tight session costs no stability.
        config.put("broker.heartbeat.interval.ms", "500");
        config.put("broker.session.timeout.ms", "3000");

        config.put("num.partitions", "1");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("auto.create.topics.enable", "false");
        config.put("group.initial.rebalance.delay.ms", "0");

        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        // One node gains nothing from spreading coordinators over 50 partitions, and creating
        // (and after a crash, recovering) 50 partition logs per internal topic costs seconds.
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.num.partitions", "1");
        config.put("share.coordinator.state.topic.num.partitions", "1");

        return Collections.unmodifiableMap(config);
    }

    /**
     * One node of a cluster of several, each both broker and controller, shaped as production is:
     * three replicas of every topic (or as many as there are nodes), and a write acknowledged only
     * once {@code min.insync.replicas} of them have it, one fewer than the replicas, so that the
     * cluster keeps accepting writes with one node down. Kafka's internal topics (offsets,
     * transactions) are replicated the same way, so that losing the node that leads them loses
     * neither committed offsets nor transaction state.
     */
    static Map<String, String> clusterNode(BrokerSettings settings, QuorumMembership membership) {
        Map<String, String> config = new LinkedHashMap<>(singleNode(settings, membership.controllerPort()));
        String replicas = Integer.toString(KafkaCluster.replicationFactor(membership.clusterSize()));
        String minInsync = Integer.toString(KafkaCluster.minInsyncReplicas(membership.clusterSize()));
        config.put("node.id", Integer.toString(membership.nodeId()));
        config.put("controller.quorum.voters", membership.voters());
        // Heartbeats now cross processes that share two cores with the services: a session of
        // three seconds would fence a node that merely waited for a core.
        config.put("broker.session.timeout.ms", "6000");
        config.put("default.replication.factor", replicas);
        config.put("min.insync.replicas", minInsync);
        config.put("offsets.topic.replication.factor", replicas);
        config.put("transaction.state.log.replication.factor", replicas);
        config.put("transaction.state.log.min.isr", minInsync);
        config.put("share.coordinator.state.topic.replication.factor", replicas);
        config.put("share.coordinator.state.topic.min.isr", minInsync);
        return Collections.unmodifiableMap(config);
    }

    /**
     * A single node that also has a SASL/SCRAM-SHA-512 listener and Kafka's own ACL authorizer, as
     * a production cluster has, for tests of who may write what. The plaintext and controller
     * listeners stay open to the test's own clients as a super user (their principal is
     * {@code ANONYMOUS}), which creates the SCRAM users and ACLs; every SCRAM principal gets only
     * what ACLs allow, and nothing where no ACL is found.
     */
    static Map<String, String> singleNodeWithScram(BrokerSettings settings, int controllerPort, int scramPort) {
        Map<String, String> config = new LinkedHashMap<>(singleNode(settings, controllerPort));
        String scramListener = SCRAM_LISTENER + "://" + settings.host() + ":" + scramPort;
        config.put("listeners", config.get("listeners") + "," + scramListener);
        config.put("advertised.listeners", config.get("advertised.listeners") + "," + scramListener);
        config.put(
                "listener.security.protocol.map",
                config.get("listener.security.protocol.map") + "," + SCRAM_LISTENER + ":SASL_PLAINTEXT");
        config.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        config.put(
                "listener.name." + SCRAM_LISTENER.toLowerCase(Locale.ROOT) + ".scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.put("super.users", "User:ANONYMOUS");
        config.put("allow.everyone.if.no.acl.found", "false");
        return Collections.unmodifiableMap(config);
    }
}
