package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;

/**
 * The views while things fail, not only after: partners keep reporting new events while the
 * streams service is killed (-9) and restarted and then the broker is, and readers ask for the UK,
 * the regions and the places all the while. Every answer is judged as it comes
 * ({@link ContinuousChecker}): a 503 with {@code Retry-After}, a 404, or figures that count no more
 * than was sent, never a 500. Answers that go back (a known limit, see the checker) are counted and
 * reported. Afterwards the views equal what the partners were told.
 */
class ReadsThroughFaultsIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void everyAnswerThroughAStreamsCrashAndABrokerRestartIsA503OrWithinItsBounds() throws Exception {
        final RecoveryStack stack = SYSTEM.stack();
        final ServiceProcess streams = stack.streams();
        final Oracle oracle = new Oracle();
        final ContinuousChecker readers;
        try (Workload partners = Workload.addOnly(stack, oracle, 4)) {
            readers = new ContinuousChecker(streams.baseUrl(), oracle, scopes(), 2);
            awaitMore(partners, 150);

            readers.phase("streams killed");
            streams.kill();
            awaitMore(partners, 100);
            readers.phase("streams restarting");
            streams.restart();
            streams.awaitReady();
            readers.phase("streams ready again");
            awaitMore(partners, 100);

            readers.phase("broker killed");
            stack.broker().kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> partners.unavailable() >= 4);
            readers.phase("broker restarting");
            stack.broker().restart();
            awaitMore(partners, 100);
            readers.phase("broker back");
        }
        readers.phase("settling");
        Duration settled = null;
        Throwable unsettled = null;
        try {
            settled = ViewChecks.awaitViewsEqual(streams.baseUrl(), oracle, Duration.ofMinutes(3));
        } catch (RuntimeException | AssertionError e) {
            // The checker's own verdict first: it says what went wrong as it happened
            unsettled = e;
        }
        readers.close();

        System.out.printf(
                "Reads through a streams crash and a broker restart: %s; views equal the oracle %s after the"
                        + " last acknowledgement, %d live events%n",
                readers.counts(), settled == null ? "never" : settled.toMillis() + " ms", oracle.liveEvents());
        readers.rollbackExamples().forEach(example -> System.out.println("  rollback: " + example));
        assertThat(readers.violations()).as(readers.counts()).isEmpty();
        assertThat(readers.consistent()).as(readers.counts()).isGreaterThan(100);
        if (unsettled instanceof RuntimeException e) {
            throw e;
        }
        if (unsettled != null) {
            throw (AssertionError) unsettled;
        }
    }

    /** The UK, then the region of each place the workload writes to, then the places. */
    private static List<String> scopes() {
        final List<String> scopes = new ArrayList<>();
        scopes.add(null);
        Workload.places().stream()
                .map(place ->
                        ReferenceData.uk().place(place).orElseThrow().region().code())
                .distinct()
                .forEach(scopes::add);
        scopes.addAll(Workload.places());
        return scopes;
    }

    private static void awaitMore(Workload partners, int more) {
        final int from = partners.acknowledged();
        await().atMost(Duration.ofSeconds(120)).until(() -> partners.acknowledged() >= from + more);
    }
}
