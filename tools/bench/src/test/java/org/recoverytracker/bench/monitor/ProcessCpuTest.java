package org.recoverytracker.bench.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    private static final long BURN_NANOS = 300_000_000L;

    @Test
    void tellsAThreadsCpuTimeByItsNameWithItsNumbersLeftOut() throws InterruptedException {
        final CountDownLatch burnt = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        final Thread burner = new Thread(
                () -> {
                    burn();
                    burnt.countDown();
                    try {
                        done.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "cpu-burner-7");
        burner.start();
        try {
            assertThat(burnt.await(60, TimeUnit.SECONDS)).isTrue();

            final Map<String, Double> byThread =
                    ProcessCpu.secondsByThread(ProcessHandle.current().pid());

            assertThat(byThread.get("cpu-burner-#")).isGreaterThanOrEqualTo(BURN_NANOS / 1e9 - 0.02);
            // Java names its threads for the kernel too (the launcher's first thread stays "java").
            assertThat(byThread).containsKeys("java", "Signal Dispatch");
        } finally {
            done.countDown();
            burner.join();
        }
    }

    @Test
    void aThreadThatHasEndedIsNoLongerCounted() throws InterruptedException {
        final Thread burner = new Thread(ProcessCpuTest::burn, "cpu-burner-42");
        burner.start();
        burner.join();

        assertThat(ProcessCpu.secondsByThread(ProcessHandle.current().pid())).doesNotContainKey("cpu-burner-#");
    }

    @Test
    void aProcessThatIsGoneHasNoThreads() {
        assertThat(ProcessCpu.secondsByThread(Long.MAX_VALUE)).isEmpty();
    }

    /** Uses {@link #BURN_NANOS} of the calling thread's CPU, however busy the machine is. */
    private static void burn() {
        final var threads = ManagementFactory.getThreadMXBean();
        final long until = threads.getCurrentThreadCpuTime() + BURN_NANOS;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                sink += Long.numberOfTrailingZeros(sink + i);
            }
        }
        if (sink == 42) {
            System.out.println(sink);
        }
    }
}
