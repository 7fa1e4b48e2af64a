package org.recoverytracker.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    /**
     * Each pick releases its port at once, so the system may offer the same one again: a stack
     * starting five services at once once gave two of them one port.
     */
    @Test
    void neverHandsOutAPortTwice() {
        final Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertThat(picked.add(FreePorts.pick(BrokerSettings.DEFAULT_HOST)))
                    .as("pick %d", i)
                    .isTrue();
        }
    }
}
