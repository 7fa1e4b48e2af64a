package org.recoverytracker.views.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.SchemaPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes this build's event schemas before the streams start: the partner gate writes events
 * in them, and instances of an older build must be able to read those during a rolling upgrade. If
 * Kafka can't take them at start, publishing is retried in the background until it can.
 */
final class SchemaPublication implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaPublication.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> clientProperties;
    private final List<Schema> schemas = SchemaPublisher.currentSchemas(Arrays.asList(EventKind.values()));
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "schema-publication");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private volatile boolean published;

    SchemaPublication(Map<String, Object> clientProperties) {
        this.clientProperties = clientProperties;
    }

    private void publish() {
        if (published) {
            return;
        }
        try {
            SchemaPublisher.publish(clientProperties, schemas, TIMEOUT);
            published = true;
            LOG.info("Published the event schemas this build writes ({} of them)", schemas.size());
        } catch (IllegalStateException e) {
            LOG.warn("{}; retrying in {} s", e.getMessage(), TIMEOUT.toSeconds());
            retries.schedule(this::publish, TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Override
    public void start() {
        running = true;
        publish();
    }

    @Override
    public void stop() {
        running = false;
        retries.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the streams, whose factory bean starts in phase {@code Integer.MAX_VALUE - 1000}. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
