package org.recoverytracker.views.config;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.streams.StreamsConfig;
import org.recoverytracker.views.topology.DeadLetterProductionHandler;

/** The Kafka Streams configuration of the views: the application and its tests build it here. */
public final class RecoveryStreamsConfig {

    /** How the service's producers compress what they write, unless configured otherwise. */
    static final String COMPRESSION = "lz4";

    /** The most the service's producers put in one batch of a partition, unless configured otherwise. */
    static final int BATCH_BYTES = 256 * 1024;

    /** Never wait for an empty input partition of a task: see {@link #of}. */
    static final long NO_TASK_IDLING = -1L;

    private RecoveryStreamsConfig() {}

    /**
     * @param connection the Kafka client settings (bootstrap servers, TLS, SASL) to start from
     */
    public static Map<String, Object> of(StreamsSettings settings, Map<String, Object> connection) {
        final Map<String, Object> config = new HashMap<>(connection);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, settings.applicationServer());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, settings.processingGuarantee());
        config.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.standbyReplicas());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.streamThreads());
        config.put(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                settings.commitInterval().toMillis());
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), (int)
                settings.sessionTimeout().toMillis());
        if (settings.stateDir() != null) {
            config.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
        }
        // Every store, repartition and changelog topic must be named: their names are part of the
        // deployed state, and a generated name changes when the topology does, orphaning the state.
        // With this, building a topology with an unnamed one fails.
        config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        if (StreamsConfig.EXACTLY_ONCE_V2.equals(settings.processingGuarantee())) {
            // A task's store writes are held apart until its transaction commits (KIP-892), and
            // interactive queries read only committed state: an answer never shows writes that an
            // aborted transaction then takes back (an instance killed, the broker away), and a crash
            // no longer wipes the task's stores to restore them from their changelogs.
            config.put(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG, true);
            config.put(
                    StreamsConfig.DEFAULT_INTERACTIVE_QUERY_ISOLATION_LEVEL_CONFIG,
                    IsolationLevel.READ_COMMITTED.name());
        }
        // Every event writes six records (the identity and week-view changelogs, the place repartition
        // topic, the cell events, the history and the revision log). Compressed, the broker and the
        // producer's network thread handle far fewer bytes: in tools/bench/run's streams test the
        // broker's CPU per event went from 1.7x to 1.3x that of the release before provenance, the
        // network thread's from 2.2x to 1.9x. Set producer.compression.type to choose another.
        config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), COMPRESSION);
        // Six records per event fill the producer's default 16 KB batches many times within one linger
        // (Kafka Streams lingers 100 ms). A batch of 256 KB halved the CPU of the producer's network
        // thread and left more for everything else: 22% more events per CPU-second of service and
        // broker in tools/bench/run --compare-streams (2026-12-04, 500,000 events, three rounds each).
        // Set producer.batch.size to choose another.
        config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), BATCH_BYTES);
        // A task of the event topics reads one partition of each kind's topic. With Kafka's default
        // (0), a task with one of them empty may wait for it, and Kafka Streams 4.4 then writes what
        // it waits for into a string with String.format for every record it processes, logged or not
        // (3.5% of the stream threads' samples in tools/bench/run --profile). Nothing here needs the
        // kinds' records in time order across topics: an identity's versions are all on one
        // partition of one topic, and a week view's history is a sum, whatever the order its changes
        // came in (they already come from several partitions). Set max.task.idle.ms to choose another.
        config.putIfAbsent(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, NO_TASK_IDLING);
        // Serdes are explicit at every step; defaults would only hide a missing one.
        config.remove(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG);
        config.remove(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG);
        return config;
    }
}
