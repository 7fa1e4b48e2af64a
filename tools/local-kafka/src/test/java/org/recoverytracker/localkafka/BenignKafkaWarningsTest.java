package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class BenignKafkaWarningsTest {

    private final LoggerContext context = new LoggerContext();
    private final BenignKafkaWarnings filter = new BenignKafkaWarnings();

    @Test
    void dropsTheWarningsOfEveryHealthyStartAndStop() {
        assertThat(decide(
                        "org.apache.kafka.controller.QuorumController",
                        Level.WARN,
                        "[QuorumController id=1] Performing controller activation. Loaded ZK migration state of NONE."))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide(
                        "org.apache.kafka.clients.NetworkClient",
                        Level.WARN,
                        "[NodeToControllerChannelManager id=1 name=registration] "
                                + "Attempting to close NetworkClient that has already been closed."))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsEveryOtherWarningAndError() {
        assertThat(decide(
                        "org.apache.kafka.clients.NetworkClient",
                        Level.WARN,
                        "[AdminClient clientId=adminclient-1] Connection to node -1 could not be established."))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(
                        "org.apache.kafka.controller.QuorumController",
                        Level.ERROR,
                        "Performing controller activation."))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("kafka.server.BrokerServer", Level.WARN, "Performing controller activation."))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String loggerName, Level level, String message) {
        return filter.decide(null, context.getLogger(loggerName), level, message, null, null);
    }
}
