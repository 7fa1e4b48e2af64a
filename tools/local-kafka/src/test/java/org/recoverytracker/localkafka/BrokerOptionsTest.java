package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrokerOptionsTest {

    @Test
    void onlyTheDataDirectoryIsRequired() {
        BrokerOptions options = BrokerOptions.parse("--data-dir", "local-data");

        assertThat(options.settings())
                .isEqualTo(new BrokerSettings(
                        "127.0.0.1",
                        9092,
                        BrokerSettings.ANY_FREE_PORT,
                        Path.of("local-data").toAbsolutePath()));
        assertThat(options.parentPid()).isEmpty();
        assertThat(options.helpRequested()).isFalse();
    }

    @Test
    void readsEveryOption() {
        BrokerOptions options = BrokerOptions.parse(
                "--port",
                "19092",
                "--controller-port",
                "19093",
                "--host",
                "localhost",
                "--data-dir",
                "/tmp/kafka",
                "--parent-pid",
                "4194304");

        assertThat(options.settings()).isEqualTo(new BrokerSettings("localhost", 19092, 19093, Path.of("/tmp/kafka")));
        assertThat(options.parentPid()).hasValue(4_194_304L);
    }

    @Test
    void recognisesHelp() {
        assertThat(BrokerOptions.parse("--help").helpRequested()).isTrue();
    }

    @Test
    void rejectsWrongArgumentsWithAMessageForTheUser() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--port", "9092"))
                .withMessage("Missing required option: '--data-dir=DIR'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--prot", "1"))
                .withMessageStartingWith("Unknown option")
                .withMessageContaining("'--prot'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir"))
                .withMessage("Missing required parameter for option '--data-dir' (DIR)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--port", "x"))
                .withMessage("Invalid value for option '--port': 'x' is not an int");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--data-dir", "e"))
                .withMessage("option '--data-dir' (DIR) should be specified only once");
    }

    @Test
    void rejectsPortsThatCannotWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--port", "0"))
                .withMessageContaining("port must be between 1 and 65535");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--port", "9092", "--controller-port", "9092"))
                .withMessage("controller port must differ from port 9092");
    }

    @Test
    void readsAClusterMembershipOnlyWhole() {
        BrokerOptions options = BrokerOptions.parse(
                "--data-dir", "d", "--node-id", "3", "--quorum-voters", "1@h:1,2@h:2,3@h:3", "--cluster-id", "c");
        assertThat(options.cluster()).hasValue(new QuorumMembership(3, "1@h:1,2@h:2,3@h:3", "c"));
        assertThat(options.cluster().orElseThrow().controllerPort()).isEqualTo(3);
        assertThat(BrokerOptions.parse("--data-dir", "d").cluster()).isEmpty();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--node-id", "3"))
                .withMessageContaining("go together");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse(
                        "--data-dir", "d", "--node-id", "4", "--quorum-voters", "1@h:1,2@h:2", "--cluster-id", "c"))
                .withMessageContaining("not among the voters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerOptions.parse(
                        "--data-dir", "d", "--node-id", "1", "--quorum-voters", "h:1", "--cluster-id", "c"))
                .withMessageContaining("id@host:port");
    }
}
