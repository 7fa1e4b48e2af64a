package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @Test
    void keepsTheLastLinesOfAText() {
        assertThat(LogTail.lastLines("one\ntwo\nthree\n", 2)).isEqualTo("two" + System.lineSeparator() + "three");
        assertThat(LogTail.lastLines("only\n", 40)).isEqualTo("only");
        assertThat(LogTail.lastLines("", 40)).isEmpty();
    }

    @Test
    void readsTheEndOfALogOrSaysWhyThereIsNone(@TempDir Path dir) throws IOException {
        final Path log = Files.writeString(dir.resolve("broker.log"), "starting\nstarted\nstopping\n");

        assertThat(LogTail.of(log, 1)).isEqualTo("stopping");
        assertThat(LogTail.of(dir.resolve("missing.log"), 1)).startsWith("(no log yet: ");
    }
}
