package org.recoverytracker.views.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class StreamsSettingsTest {

    private static StreamsSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("recovery.streams", StreamsSettings.class);
    }

    @Test
    void runsTwoStreamThreadsUnlessConfiguredOtherwise() {
        assertThat(RecoveryStreamsConfig.of(bound(Map.of()), Map.of()))
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        assertThat(RecoveryStreamsConfig.of(bound(Map.of("recovery.streams.stream-threads", "1")), Map.of()))
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    }
}
