package org.recoverytracker.localkafka;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A node's place in a cluster of several KRaft nodes: its id, every node's controller address, and
 * the cluster id that all of them must be formatted with.
 *
 * <p>The quorum is static ({@code controller.quorum.voters}): every node is a voter, and each keeps
 * its controller port for the life of the cluster, so that a node killed and started again rejoins
 * the quorum it left.
 *
 * @param nodeId this node's id, one of the voters'
 * @param voters the voters in Kafka's form, {@code 1@127.0.0.1:9093,2@127.0.0.1:9094,…}
 * @param clusterId the id every node's storage is formatted with
 */
public record QuorumMembership(int nodeId, String voters, String clusterId) {

    public QuorumMembership {
        Objects.requireNonNull(voters, "voters");
        Objects.requireNonNull(clusterId, "clusterId");
        if (nodeId < 1) {
            throw new IllegalArgumentException("node id must be at least 1, was " + nodeId);
        }
        if (voterIds(voters).noneMatch(id -> id == nodeId)) {
            throw new IllegalArgumentException("node " + nodeId + " is not among the voters " + voters);
        }
    }

    /** How many nodes the cluster has: every node is a voter. */
    public int clusterSize() {
        return (int) voterIds(voters).count();
    }

    /** This node's controller port, as the voters give it. */
    public int controllerPort() {
        return Arrays.stream(voters.split(","))
                .filter(voter -> voter.startsWith(nodeId + "@"))
                .mapToInt(voter -> Integer.parseInt(voter.substring(voter.lastIndexOf(':') + 1)))
                .findFirst()
                .orElseThrow();
    }

    private static IntStream voterIds(String voters) {
        try {
            // Parsed at once, so that a malformed list fails here with its own message
            return IntStream.of(Arrays.stream(voters.split(","))
                    .mapToInt(voter -> Integer.parseInt(voter.substring(0, voter.indexOf('@'))))
                    .toArray());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("voters must read id@host:port,id@host:port,… but were " + voters, e);
        }
    }
}
