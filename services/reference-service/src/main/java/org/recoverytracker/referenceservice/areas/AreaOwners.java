package org.recoverytracker.referenceservice.areas;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventDecodingException;
import org.recoverytracker.schemas.RecoveryTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.SmartLifecycle;

/**
 * Who owns each area id, read from {@code recovery.areas.v1} (one partition, from its start, with
 * {@code assign}: no consumer group), so that a partner can't change or remove another's area.
 * Ids this instance has just written are remembered at once, before the topic brings them back.
 * Ready once it has read the topic up to where it ended at start.
 *
 * <p>Two instances taking the same new id at the same moment can both accept it; the topic's order
 * then decides, and the views service keeps the first owner's definition, as this does.
 */
final class AreaOwners implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AreaOwners.class);

    private static final TopicPartition PARTITION = new TopicPartition(RecoveryTopics.AREA, 0);

    private static final Duration POLL = Duration.ofMillis(500);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final EventCodec<Area> codec = EventCodec.of(Area.class);
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread reader;
    private volatile boolean running;
    private volatile String problem = "not read yet";

    AreaOwners(Supplier<Consumer<String, byte[]>> consumers) {
        this.consumers = consumers;
    }

    /** The partner that owns the area, or empty for an id no one holds. */
    Optional<String> ownerOf(String areaId) {
        return Optional.ofNullable(owners.get(areaId));
    }

    /** Remembers what this instance has just published, acknowledged by Kafka. */
    void published(String owner, List<String> areaIds, boolean removed) {
        areaIds.forEach(areaId -> {
            if (removed) {
                owners.remove(areaId, owner);
            } else {
                owners.putIfAbsent(areaId, owner);
            }
        });
    }

    /** UP once the areas written before this instance started have been read. */
    Health health() {
        final String current = problem;
        return current == null
                ? Health.up().withDetail("areas", owners.size()).build()
                : Health.down().withDetail("problem", current).build();
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            owners.remove(record.key());
            return;
        }
        try {
            final Area area = codec.decode(record.value());
            if (area.getAreaId().equals(record.key())) {
                owners.putIfAbsent(record.key(), area.getOwner());
            }
        } catch (EventDecodingException e) {
            LOG.warn("Skipped the record at offset {} of {}: {}", record.offset(), RecoveryTopics.AREA, e.getMessage());
        }
    }

    private void readForever() {
        while (running) {
            try (Consumer<String, byte[]> opened = consumers.get()) {
                consumer = opened;
                opened.assign(List.of(PARTITION));
                opened.seekToBeginning(List.of(PARTITION));
                final long end = opened.endOffsets(List.of(PARTITION), Duration.ofSeconds(10))
                        .get(PARTITION);
                while (running) {
                    opened.poll(POLL).forEach(this::apply);
                    if (problem != null && opened.position(PARTITION) >= end) {
                        LOG.info("Read the owners of {} areas", owners.size());
                        problem = null;
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (problem != null) {
                    problem = "can't read " + RecoveryTopics.AREA + ": " + e.getMessage();
                }
                LOG.warn("Reading {} failed ({}); trying again", RecoveryTopics.AREA, e.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        reader = new Thread(this::readForever, "area-owners");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        final Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        final Thread thread = reader;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
