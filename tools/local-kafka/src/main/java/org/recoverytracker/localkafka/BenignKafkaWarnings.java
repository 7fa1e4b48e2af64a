package org.recoverytracker.localkafka;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Marker;

/**
 * Drops the two warnings that Kafka 4.1 logs on every healthy start and stop of a combined-mode
 * node, so that a WARN line in the broker's output always means something is wrong.
 *
 * <p>Kafka logs "Performing controller activation" at WARN each time the controller becomes
 * active, and its broker-to-controller channel warns that its network client "has already been
 * closed" during every clean shutdown. Only those exact messages are dropped; every other WARN of
 * the same loggers still shows. Used by {@code local-kafka-logback.xml}.
 */
public final class BenignKafkaWarnings extends TurboFilter {

    private static final Map<String, String> MESSAGE_BY_LOGGER = Map.of(
            "org.apache.kafka.controller.QuorumController", "Performing controller activation.",
            "org.apache.kafka.clients.NetworkClient",
                    "Attempting to close NetworkClient that has already been closed.");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.WARN || format == null || logger == null) {
            return FilterReply.NEUTRAL;
        }
        String benign = MESSAGE_BY_LOGGER.get(logger.getName());
        return benign != null && format.contains(benign) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
