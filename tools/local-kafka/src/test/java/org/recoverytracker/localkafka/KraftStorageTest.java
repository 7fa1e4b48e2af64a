package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KraftStorageTest {

    @TempDir
    Path logDir;

    @Test
    void formatsAnEmptyDirectoryOnceAndKeepsItsClusterId() {
        assertThat(KraftStorage.isFormatted(logDir)).isFalse();
        assertThat(KraftStorage.clusterId(logDir)).isEmpty();

        Optional<String> clusterId = KraftStorage.formatIfNeeded(logDir, 1, "CONTROLLER");

        assertThat(clusterId).isNotEmpty();
        assertThat(KraftStorage.isFormatted(logDir)).isTrue();
        assertThat(logDir.resolve("bootstrap.checkpoint")).isRegularFile();
        assertThat(KraftStorage.clusterId(logDir)).isEqualTo(clusterId);

        assertThat(KraftStorage.formatIfNeeded(logDir, 1, "CONTROLLER")).isEmpty();
        assertThat(KraftStorage.clusterId(logDir)).isEqualTo(clusterId);
    }
}
