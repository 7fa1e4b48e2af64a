package org.recoverytracker.ingest.publishing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.RecoveryTopics;

/** The definition of a kind's event topic, for creating it when it does not exist. */
final class EventTopic {

    private EventTopic() {
    }

    static NewTopic of(EventKind kind, IngestProperties.Topic settings) {
        final Map<String, String> config = new HashMap<>(RecoveryTopics.eventTopicConfig());
        if (settings.minInsyncReplicas() != null) {
            config.put("min.insync.replicas", settings.minInsyncReplicas().toString());
        }
        return new NewTopic(kind.topic(), Optional.of(settings.partitions()), Optional.ofNullable(settings.replicationFactor()))
                .configs(config);
    }
}
