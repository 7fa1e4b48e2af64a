package org.recoverytracker.bench.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.Topic;

/**
 * Creates the benchmark's topics on its own broker: the event topics exactly as the services create
 * them (6 partitions, compacted), and the topics of the raw baselines with the same partition
 * count, so that the baselines and the services spread their work over as many partitions.
 */
public final class BenchTopics {

    /** As many as the services give the event topics by default ({@code partitions: 6}). */
    public static final int PARTITIONS = 6;
    /** What {@code ProducerPerformance} writes and {@code ConsumerPerformance} reads. */
    public static final String PRODUCER_PERF = "bench.producer-perf";
    /** Where the raw consume-produce loop writes what it reads from {@link #PRODUCER_PERF}. */
    public static final String CONSUME_PRODUCE_OUT = "bench.consume-produce-out";

    private BenchTopics() {}

    public static void create(String bootstrap) throws ExecutionException, InterruptedException, TimeoutException {
        final Topic.Layout layout = new Topic.Layout(PARTITIONS, null, null);
        final List<NewTopic> topics = new ArrayList<>();
        RecoveryTopics.all().forEach(topic -> topics.add(topic.newTopic(layout)));
        topics.add(new NewTopic(PRODUCER_PERF, Optional.of(PARTITIONS), Optional.empty()));
        topics.add(new NewTopic(CONSUME_PRODUCE_OUT, Optional.of(PARTITIONS), Optional.empty()));
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            final Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            final List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Deletes the event topics and the dead-letter topic and creates them again, empty. The ingest
     * test writes its events there (the services' topics are fixed); the streams test must then
     * start from topics holding exactly the pre-filled events.
     */
    public static void recreateEventTopics(String bootstrap)
            throws ExecutionException, InterruptedException, TimeoutException {
        final List<String> topics =
                RecoveryTopics.all().stream().map(Topic::name).toList();
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().anyMatch(topics::contains)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the event topics were not deleted within 60 s");
                }
                Thread.sleep(200);
            }
        }
        create(bootstrap);
    }

    public static List<String> eventTopics() {
        return RecoveryTopics.eventTopicNames();
    }
}
