package org.recoverytracker.ingest.publishing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.SmartLifecycle;

/**
 * Knows whether Kafka can take writes: it checks the cluster every few seconds, and the first time
 * it can, creates the event topic and the schemas topic and publishes the schema events are
 * written with (so instances of an older views build can read them during a rolling upgrade). While Kafka is unreachable the service is not ready and
 * writes are refused at once with a 503, instead of each request waiting for its own timeout;
 * when Kafka is back the next check lets writes through again.
 */
public final class KafkaConnectivity implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaConnectivity.class);

    private final Admin admin;
    private final List<NewTopic> topics;
    private final Runnable publishSchema;
    private final Duration interval;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "kafka-connectivity");
        thread.setDaemon(true);
        return thread;
    });

    /** True once the topics exist and the schema is published: done on the first check that reaches Kafka. */
    private volatile boolean preparedOnce;

    private volatile String problem = "not checked yet";
    private volatile boolean running;

    /**
     * @param topics the topics the service writes, created when missing; the first is the one
     *               health reports name
     * @param publishSchema publishes the writer schema, throwing when it can't; retried at each
     *                      check until it has succeeded once
     */
    public KafkaConnectivity(Admin admin, List<NewTopic> topics, Runnable publishSchema, Duration interval) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a service writes at least one topic");
        }
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.publishSchema = publishSchema;
        this.interval = interval;
    }

    /** Why Kafka can't take writes now, or empty when the last check found it reachable. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Marks Kafka unavailable until the next successful check, after a write failed. */
    void reportFailure(Exception failure) {
        problem = describe(failure);
    }

    /** UP once Kafka answered the last check, the event topic exists and the schema is published. */
    public Health health() {
        final String current = problem;
        return current == null
                ? Health.up().withDetail("topic", topics.get(0).name()).build()
                : Health.down()
                        .withDetail("topic", topics.get(0).name())
                        .withDetail("problem", current)
                        .build();
    }

    void check() {
        try {
            final int timeoutMs = (int) Math.min(interval.toMillis() * 2, Integer.MAX_VALUE);
            final var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes()
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                markUnavailable("the cluster reports no brokers");
                return;
            }
            if (!preparedOnce) {
                ensureTopics(timeoutMs);
                publishSchema.run();
                preparedOnce = true;
            }
            if (problem != null) {
                LOG.info(
                        "Kafka is reachable and topic {} exists: accepting events",
                        topics.get(0).name());
            }
            problem = null;
        } catch (ExecutionException e) {
            markUnavailable(describe(e.getCause()));
        } catch (TimeoutException e) {
            markUnavailable("no answer from the cluster within "
                    + interval.multipliedBy(2).toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            markUnavailable(describe(e));
        }
    }

    private void ensureTopics(int timeoutMs) throws ExecutionException, InterruptedException, TimeoutException {
        final Set<String> existing = admin.listTopics(new ListTopicsOptions().timeoutMs(timeoutMs))
                .names()
                .get(timeoutMs, TimeUnit.MILLISECONDS);
        for (NewTopic wanted : topics) {
            if (existing.contains(wanted.name())) {
                continue;
            }
            try {
                admin.createTopics(List.of(wanted)).all().get(timeoutMs, TimeUnit.MILLISECONDS);
                LOG.info("Created topic {} with {} partitions", wanted.name(), wanted.numPartitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private void markUnavailable(String reason) {
        if (problem == null) {
            LOG.warn("Kafka is unavailable ({}): refusing events until it is back", reason);
        }
        problem = reason;
    }

    private static String describe(Throwable failure) {
        final String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    @Override
    public void start() {
        running = true;
        probe.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        probe.shutdownNow();
        admin.close(Duration.ofSeconds(1));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
