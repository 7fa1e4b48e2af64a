package org.recoverytracker.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The options as ./run-local passes them; the run itself is tried by running ./run-local. */
class StackCommandTest {

    @Test
    void theDataDirectoryIsRequiredAndAnUnknownOptionIsRefused() {
        StringWriter errors = new StringWriter();
        CommandLine command = new CommandLine(new StackCommand()).setErr(new PrintWriter(errors));

        assertThat(command.execute("--no-demo")).isEqualTo(2);
        assertThat(errors.toString()).contains("Missing required option: '--data-dir=DIR'");
        assertThat(command.execute("--data-dir", "d", "--demo")).isEqualTo(2);
        assertThat(errors.toString()).contains("Unknown option: '--demo'");
    }

    @Test
    void helpListsTheOptionsButNotTheInternalOne() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new StackCommand()).setOut(new PrintWriter(out));

        assertThat(command.execute("--help")).isZero();
        assertThat(out.toString())
                .contains("--data-dir=DIR", "--no-demo", "--repository=DIR")
                .doesNotContain("--started-at");
    }
}
