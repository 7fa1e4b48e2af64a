package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartOnTheSameDirectoryFindsTheSameClusterAndItsData() {
        BrokerSettings settings = BrokerSettings.of(dataDir, BrokerProcess.freePort());
        String clusterId;

        try (LocalKafkaBroker broker = LocalKafkaBroker.start(settings)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + settings.port());
            assertThat(broker.controllerPort()).isNotIn(0, settings.port());
            clusterId = broker.clusterId();
            assertThat(TestClients.clusterId(broker.bootstrapServers())).isEqualTo(clusterId);

            TestClients.createTopic(broker.bootstrapServers(), "kept");
            TestClients.send(broker.bootstrapServers(), "kept", "first run");
        }

        try (LocalKafkaBroker broker = LocalKafkaBroker.start(settings)) {
            assertThat(broker.clusterId()).isEqualTo(clusterId);
            assertThat(TestClients.clusterId(broker.bootstrapServers())).isEqualTo(clusterId);
            assertThat(TestClients.readCommitted(broker.bootstrapServers(), "kept"))
                    .containsExactly("first run");
        }
    }
}
