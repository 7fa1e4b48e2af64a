package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import tools.jackson.databind.json.JsonMapper;

/** A broker and two instances of the streams service on it (six partitions per topic), ready. */
record TwoViewsInstances(TestBroker broker, ViewsInstance first, ViewsInstance second) implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Partitions of every topic on the broker, and so tasks of each sub-topology. */
    static final int PARTITIONS = 6;

    /** Starts them, each instance with its state under {@code stateDirs} and these properties. */
    static TwoViewsInstances start(Path stateDirs, String... properties) {
        return start(stateDirs, broker -> {}, properties);
    }

    /** Starts them, doing {@code beforeInstances} on the broker before either instance starts. */
    static TwoViewsInstances start(Path stateDirs, Consumer<TestBroker> beforeInstances, String... properties) {
        final TestBroker broker = TestBroker.start();
        ViewsInstance first = null;
        try {
            beforeInstances.accept(broker);
            first = ViewsInstance.start(broker.bootstrapServers(), stateDirs.resolve("first"), properties);
            final ViewsInstance second =
                    ViewsInstance.start(broker.bootstrapServers(), stateDirs.resolve("second"), properties);
            final TwoViewsInstances started = new TwoViewsInstances(broker, first, second);
            // Ready, and every task started on one of them: a test's first events then reach tasks
            // that are running, as they do on a deployment that has been up for a while.
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> started.first.isReady()
                            && started.second.isReady()
                            && started.servedPartitions().size() == PARTITIONS);
            return started;
        } catch (RuntimeException e) {
            if (first != null) {
                first.close();
            }
            broker.close();
            throw e;
        }
    }

    /**
     * The partitions whose views the two instances serve between them, once each; any partition
     * served by both (a rebalance that has not settled) is left out.
     */
    Set<Integer> servedPartitions() {
        final Set<Integer> firstServes = partitionsServedBy(first);
        final Set<Integer> secondServes = partitionsServedBy(second);
        final Set<Integer> once = new TreeSet<>(firstServes);
        once.addAll(secondServes);
        once.removeIf(partition -> firstServes.contains(partition) && secondServes.contains(partition));
        return once;
    }

    /** The partitions an instance answers for itself, as its internal sector totals list them. */
    static Set<Integer> partitionsServedBy(ViewsInstance instance) {
        final ViewsInstance.Response response = instance.get("/internal/v1/sector-totals");
        final Set<Integer> partitions = new TreeSet<>();
        if (response.status() == 200) {
            JSON.readTree(response.body()).get("partitions").forEach(partition -> partitions.add(partition.asInt()));
        }
        return partitions;
    }

    /**
     * Cuts a release of the open views on {@code cutter}, as an operator does (the national
     * partner's key), and waits until both instances hold it, so that either answers from it.
     *
     * @return the release's id
     */
    String cutRelease(ViewsInstance cutter) {
        final ViewsInstance.Response cut = cutter.post("/open/v1/releases", LocalPartner.NATIONAL.key());
        assertThat(cut.status()).as(cut.body()).isEqualTo(201);
        final String release = JSON.readTree(cut.body()).path("id").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> first.get("/open/v1/releases/" + release).status() == 200
                        && second.get("/open/v1/releases/" + release).status() == 200);
        return release;
    }

    /** A producer to the broker, writing straight to its topics as a partner with Kafka access could. */
    KafkaProducer<String, byte[]> producer() {
        return producer(broker);
    }

    static KafkaProducer<String, byte[]> producer(TestBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Writes a job-loss event straight to its topic, keyed by its identity, as an ingest service would. */
    static void sendJobLoss(KafkaProducer<String, byte[]> producer, JobLossEvent event) throws Exception {
        producer.send(new ProducerRecord<>(
                        EventKind.JOB_LOSS.topic(),
                        event.getPartner() + "/" + event.getEventId(),
                        EventCodec.of(JobLossEvent.class).encode(event)))
                .get();
    }

    @Override
    public void close() {
        second.close();
        first.close();
        broker.close();
    }
}
