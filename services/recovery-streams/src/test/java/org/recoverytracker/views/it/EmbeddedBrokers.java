package org.recoverytracker.views.it;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** An embedded KRaft broker as the views' tests run it: one node, topics only as the service creates them. */
final class EmbeddedBrokers {

    private EmbeddedBrokers() {}

    /** A started broker; destroy it when done. */
    static EmbeddedKafkaKraftBroker start(int partitions) {
        final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions);
        broker.brokerProperties(Map.of(
                "transaction.state.log.replication.factor",
                "1",
                "transaction.state.log.min.isr",
                "1",
                "auto.create.topics.enable",
                "false"));
        broker.afterPropertiesSet();
        return broker;
    }
}
