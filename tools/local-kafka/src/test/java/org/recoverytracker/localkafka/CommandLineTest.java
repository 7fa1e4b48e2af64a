package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void onlyTheDataDirectoryIsRequired() {
        CommandLine commandLine = CommandLine.parse("--data-dir", "local-data");

        assertThat(commandLine.settings()).isEqualTo(new BrokerSettings(
                "127.0.0.1", 9092, BrokerSettings.ANY_FREE_PORT, Path.of("local-data").toAbsolutePath()));
        assertThat(commandLine.parentPid()).isEmpty();
        assertThat(commandLine.helpRequested()).isFalse();
    }

    @Test
    void readsEveryOption() {
        CommandLine commandLine = CommandLine.parse("--port", "19092", "--controller-port", "19093",
                "--host", "localhost", "--data-dir", "/tmp/kafka", "--parent-pid", "4194304");

        assertThat(commandLine.settings())
                .isEqualTo(new BrokerSettings("localhost", 19092, 19093, Path.of("/tmp/kafka")));
        assertThat(commandLine.parentPid()).hasValue(4_194_304L);
    }

    @Test
    void recognisesHelp() {
        assertThat(CommandLine.parse("--help").helpRequested()).isTrue();
    }

    @Test
    void rejectsWrongArgumentsWithAMessageForTheUser() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--port", "9092"))
                .withMessage("--data-dir is required");
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--data-dir", "d", "--prot", "1"))
                .withMessage("Unknown option: --prot");
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--data-dir"))
                .withMessage("Missing value for --data-dir");
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--data-dir", "d", "--port", "x"))
                .withMessage("--port needs a number, got: x");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse("--data-dir", "d", "--data-dir", "e"))
                .withMessage("Option given twice: --data-dir");
    }

    @Test
    void rejectsPortsThatCannotWork() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("--data-dir", "d", "--port", "0"))
                .withMessageContaining("port must be between 1 and 65535");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLine.parse("--data-dir", "d", "--port", "9092", "--controller-port", "9092"))
                .withMessage("controller port must differ from port 9092");
    }
}
