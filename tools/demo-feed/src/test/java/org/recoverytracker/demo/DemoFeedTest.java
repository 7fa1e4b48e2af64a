package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoFeedTest {

    @Test
    void defaultsToTheLocalStackAndATrickleEveryFiveToFifteenSeconds() {
        assertThat(DemoFeed.Options.parse())
                .isEqualTo(new DemoFeed.Options(
                        "localhost", true, 5, 15, Duration.ofSeconds(180), null, Duration.ofSeconds(60)));
    }

    @Test
    void readsItsOptions() {
        assertThat(DemoFeed.Options.parse(
                        "--host",
                        "127.0.0.1",
                        "--no-trickle",
                        "--interval",
                        "1-2",
                        "--patience",
                        "30",
                        "--parent-pid",
                        "4242",
                        "--release-every",
                        "0"))
                .isEqualTo(
                        new DemoFeed.Options("127.0.0.1", false, 1, 2, Duration.ofSeconds(30), 4242L, Duration.ZERO));
        assertThat(DemoFeed.Options.parse("--interval", "3").minIntervalSeconds())
                .isEqualTo(3);
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> DemoFeed.Options.parse("--bogus")).hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> DemoFeed.Options.parse("--host")).hasMessage("--host needs a value");
        assertThatThrownBy(() -> DemoFeed.Options.parse("--interval", "9-3")).hasMessageContaining("MIN <= MAX");
        assertThatThrownBy(() -> DemoFeed.Options.parse("--patience", "soon")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> DemoFeed.Options.parse("--release-every", "-1"))
                .hasMessageContaining("0 or more");
    }
}
