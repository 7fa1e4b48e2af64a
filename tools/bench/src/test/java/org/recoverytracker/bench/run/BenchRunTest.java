package org.recoverytracker.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchRunTest {

    @Test
    void theReportNamesTheVersionTheBuildPutInTheStreamsJarsName() {
        assertThat(BenchRun.projectVersion(Path.of("/tmp/jars/recovery-streams-0.1.0-SNAPSHOT-exec.jar")))
                .isEqualTo("0.1.0-SNAPSHOT");
        assertThat(BenchRun.projectVersion(Path.of("recovery-streams-1.2.0-exec.jar")))
                .isEqualTo("1.2.0");
    }

    @Test
    void aJarNamedOtherwiseHasAnUnknownVersionRatherThanAWrongOne() {
        assertThat(BenchRun.projectVersion(Path.of("streams.jar"))).isEqualTo("unknown");
    }

    @Test
    void countsAreWrittenWithCommasWhateverTheMachinesLocale() {
        assertThat(Progress.count(1_000_000)).isEqualTo("1,000,000");
        assertThat(Progress.count(999)).isEqualTo("999");
    }
}
