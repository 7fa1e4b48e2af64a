package org.recoverytracker.views.query;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.recoverytracker.views.config.StreamsSettings;
import org.recoverytracker.views.topology.ViewStores;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * The running Kafka Streams instance, as the query layer needs it: who owns a place, which
 * partitions this instance serves, and their stores. Anything asked while the streams are not
 * RUNNING (starting, rebalancing, restoring) is refused with {@link ViewsUnavailableException},
 * never answered from a partial or stale store.
 */
@Component
public class StreamsAccess {

    private final StreamsBuilderFactoryBean factory;
    private final HostInfo self;
    private final String placeTopic;

    StreamsAccess(StreamsBuilderFactoryBean factory, StreamsSettings settings) {
        this.factory = factory;
        this.self = HostInfo.buildFromEndpoint(settings.applicationServer());
        this.placeTopic = ViewStores.placeDeltasTopic(settings.applicationId());
    }

    public HostInfo self() {
        return self;
    }

    /** The partition that holds a place's views, and the instance that serves it. */
    public KeyQueryMetadata ownerOf(String place) {
        final KeyQueryMetadata owner = running()
                .queryMetadataForKey(
                        ViewStores.SECTOR_TOTALS, place, Serdes.String().serializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new ViewsUnavailableException(
                    "The owner of " + place + " is not known yet (the streams are rebalancing).");
        }
        return owner;
    }

    /** Every instance serving views, with the partitions it serves actively. */
    public Collection<StreamsMetadata> instances() {
        return running().streamsMetadataForStore(ViewStores.SECTOR_TOTALS);
    }

    /** The place partitions an instance serves actively. */
    public Set<Integer> activePartitions(StreamsMetadata instance) {
        final Set<Integer> partitions = new TreeSet<>();
        for (TopicPartition partition : instance.topicPartitions()) {
            if (partition.topic().equals(placeTopic)) {
                partitions.add(partition.partition());
            }
        }
        return partitions;
    }

    /** The place partitions this instance serves actively. */
    public Set<Integer> localPartitions() {
        final Set<Integer> partitions = new TreeSet<>();
        running()
                .metadataForLocalThreads()
                .forEach(thread -> thread.activeTasks()
                        .forEach(task -> task.topicPartitions().stream()
                                .filter(partition -> partition.topic().equals(placeTopic))
                                .forEach(partition -> partitions.add(partition.partition()))));
        return partitions;
    }

    /**
     * A store of one local active partition. The partition may move to another instance before or
     * while it is read; every read then fails with a {@link ViewsUnavailableException}.
     */
    public <V> ReadOnlyKeyValueStore<String, V> store(String name, int partition) {
        try {
            return new MovingPartitionAware<>(
                    running()
                            .store(StoreQueryParameters.fromNameAndType(
                                            name, QueryableStoreTypes.<String, V>keyValueStore())
                                    .withPartition(partition)),
                    partition);
        } catch (InvalidStateStoreException e) {
            throw new ViewsUnavailableException(
                    "Partition " + partition + " of the views is moving between instances.", e);
        }
    }

    /** A global store: every instance holds all of it, once the streams are running. */
    public <V> ReadOnlyKeyValueStore<String, V> globalStore(String name) {
        try {
            return running()
                    .store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new ViewsUnavailableException("The store " + name + " is not ready yet.", e);
        }
    }

    private KafkaStreams running() {
        final KafkaStreams streams = factory.getKafkaStreams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            throw new ViewsUnavailableException("The views are "
                    + (streams == null
                            ? "starting"
                            : streams.state().name().toLowerCase().replace('_', ' ')) + ".");
        }
        return streams;
    }
}
