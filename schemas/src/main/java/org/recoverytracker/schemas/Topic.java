package org.recoverytracker.schemas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic as a value: its name, the serdes of its keys and values, and the configuration it is
 * created with. The catalogue of the project's topics is {@link RecoveryTopics}.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param partitions the topic's own partition count, or null to take the {@link Layout}'s
 */
public record Topic<K, V>(
        String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config, Integer partitions) {

    public Topic {
        config = Map.copyOf(config);
    }

    /** A topic laid out over the {@link Layout}'s partitions. */
    public Topic(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config) {
        this(name, keySerde, valueSerde, config, null);
    }

    /**
     * How a topic is laid out on the cluster.
     *
     * @param partitions partitions; events of one identity always share one
     * @param replicationFactor replicas of each partition, or null for the broker's default
     * @param minInsyncReplicas replicas that must have a write before it is acknowledged, or null
     *                          for the broker's default
     */
    public record Layout(int partitions, Short replicationFactor, Integer minInsyncReplicas) {}

    /** The topic to create, with its configuration and the given layout. */
    public NewTopic newTopic(Layout layout) {
        final Map<String, String> configs = new HashMap<>(config);
        if (layout.minInsyncReplicas() != null) {
            configs.put("min.insync.replicas", layout.minInsyncReplicas().toString());
        }
        return new NewTopic(
                        name,
                        Optional.of(partitions == null ? layout.partitions() : partitions),
                        Optional.ofNullable(layout.replicationFactor()))
                .configs(configs);
    }
}
