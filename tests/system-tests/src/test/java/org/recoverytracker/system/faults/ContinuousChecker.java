package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.testsupport.http.Http;

/**
 * Readers asking the views for the UK, the regions and the places a workload writes to, over and
 * over, all through a fault, and judging every answer as it comes:
 *
 * <ul>
 *   <li>a 503 must say when to try again ({@code Retry-After});
 *   <li>a 200 must show at most what the events sent before it came back can make, measure by
 *       measure ({@link Oracle#sentWithin}): nothing counted twice, nothing from nowhere;
 *   <li>nothing but a 200, a 404 (no live events) or a 503, and never a 500.
 * </ul>
 *
 * <p>Those are the violations, and a fault test fails on any. For an add-only workload a
 * <b>rollback</b> is one too: an answer that shows less than an answer for the same view that came
 * back before it was asked (a 404 after figures, or a measure lower). The workload only adds, so a
 * view never goes back, whatever fails: the views answer from committed state only (Kafka Streams'
 * transactional stores, read {@code READ_COMMITTED}; {@code CommittedReadsIT} in the views'
 * tests), so the writes of a transaction that a crash or an outage aborts are never shown. A total
 * missing a partition, or sums not rebuilt, would show as one.
 *
 * <p>The lower bound is what the views showed, not what the ingest services acknowledged: an
 * acknowledgement says an event is safely in Kafka, and the views count it a moment later, so an
 * answer may rightly lack an acknowledged event. The tests check that every acknowledged event is
 * counted once the fault is over ({@link ViewChecks}). A request that finds nothing listening (the
 * instance is down) is no answer, and is counted apart.
 */
final class ContinuousChecker implements AutoCloseable {

    /** Fewer answers judged consistent than this proves nothing about the fault. */
    private static final int MINIMUM_CONSISTENT = 100;

    /** At most this many violations are described; all are counted. */
    private static final int DESCRIBED = 20;

    /** An answer with figures, and when it came back. */
    private record Shown(long at, Figures figures) {}

    /** Whether the workload only adds, so that a view going back is a violation. */
    private final boolean addOnly;

    private final String viewsUrl;
    private final Oracle oracle;
    private final List<String> scopes;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> readers = new ArrayList<>();
    private final Map<String, List<Shown>> shown = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final LongAdder violationCount = new LongAdder();
    private final LongAdder consistent = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final LongAdder notYet = new LongAdder();
    private final LongAdder unreachable = new LongAdder();
    private final Map<String, LongAdder> violationsByKind = new ConcurrentHashMap<>();
    private volatile String phase = "start";

    /**
     * @param scopes the views to read: null for the UK, an ITL1 code for a region, a GSS code for a place
     */
    private ContinuousChecker(String viewsUrl, Oracle oracle, List<String> scopes, int readerCount, boolean addOnly) {
        this.addOnly = addOnly;
        this.viewsUrl = viewsUrl;
        this.oracle = oracle;
        this.scopes = new ArrayList<>(scopes);
        for (int reader = 0; reader < readerCount; reader++) {
            final int offset = reader;
            final Thread thread = new Thread(() -> read(offset), "view-reader-" + reader);
            thread.setDaemon(true);
            readers.add(thread);
            thread.start();
        }
    }

    /**
     * Readers of the views of an add-only workload ({@link Workload#addOnly}): an answer that goes
     * back is a violation too.
     */
    static ContinuousChecker ofAddOnly(String viewsUrl, Oracle oracle, int readerCount) {
        return new ContinuousChecker(viewsUrl, oracle, Workload.scopes(), readerCount, true);
    }

    /**
     * Readers of the views of a workload that also corrects and retracts, whose views rightly go
     * back: only the violations are judged.
     */
    static ContinuousChecker ofAnyWorkload(String viewsUrl, Oracle oracle, int readerCount) {
        return new ContinuousChecker(viewsUrl, oracle, Workload.scopes(), readerCount, false);
    }

    private void read(int offset) {
        for (int n = offset; !stopping.get(); n++) {
            check(scopes.get(n % scopes.size()));
        }
    }

    private void check(String scope) {
        final String path =
                scope == null ? "/v1/uk" : (Codes.isRegionCode(scope) ? "/v1/regions/" : "/v1/places/") + scope;
        final long asked = System.nanoTime();
        final Http.Response answer;
        try {
            answer = Http.get(viewsUrl + path);
        } catch (UncheckedIOException e) {
            unreachable.increment();
            pause();
            return;
        }
        final long answered = System.nanoTime();
        switch (answer.status()) {
            case 503 -> {
                if (answer.headers().firstValue("Retry-After").isEmpty()) {
                    violation("503 without Retry-After", path + ": 503 without Retry-After: " + answer.body());
                } else {
                    unavailable.increment();
                }
            }
            case 404 -> {
                if (addOnly && before(path, asked) != null) {
                    rollback(path + ": 404 after an earlier answer showed figures");
                } else {
                    notYet.increment();
                }
            }
            case 200 -> judge(path, scope, asked, answered, Figures.shownBy(answer.json()));
            default -> violation("status " + answer.status(), path + ": " + answer.status() + ": " + answer.body());
        }
    }

    private void judge(String path, String scope, long asked, long answered, Figures figures) {
        final Figures upper = oracle.sentWithin(scope);
        final Figures lower = addOnly ? before(path, asked) : null;
        if (!figures.atMost(upper)) {
            violation("more than sent", path + ": " + figures + " is more than every event sent could make, " + upper);
        } else if (lower != null && !lower.atMost(figures)) {
            rollback(path + ": " + figures + " went back from " + lower + ", shown before it was asked");
        } else {
            consistent.increment();
        }
        shown.computeIfAbsent(path, ignored -> new CopyOnWriteArrayList<>()).add(new Shown(answered, figures));
    }

    /** The most an answer for the view that came back before {@code asked} showed, measure by measure; null if none. */
    private Figures before(String path, long asked) {
        return shown.getOrDefault(path, List.of()).stream()
                .filter(earlier -> earlier.at() - asked < 0)
                .map(Shown::figures)
                .reduce(Figures::max)
                .orElse(null);
    }

    private void violation(String kind, String what) {
        violationCount.increment();
        violationsByKind
                .computeIfAbsent(phase + ": " + kind, ignored -> new LongAdder())
                .increment();
        if (violations.size() < DESCRIBED) {
            violations.add("[" + phase + "] " + what);
        }
    }

    /** A view that went back: a violation, as the workload only adds. */
    private void rollback(String what) {
        violation("went back", what);
    }

    /** Names what the fault test is doing now, so that violations say when they happened. */
    void phase(String now) {
        phase = now;
    }

    /** Answers judged consistent so far: what makes a run that proved nothing (0) visible. */
    long consistent() {
        return consistent.sum();
    }

    /** The first violations, described; empty when every answer was right. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** How many answers of each kind, for the test's report. */
    String counts() {
        return String.format(
                "%d answers consistent, %d 503 with Retry-After, %d 404 before any figures, %d unreachable"
                        + " (instance down), %d violations %s",
                consistent.sum(),
                unavailable.sum(),
                notYet.sum(),
                unreachable.sum(),
                violationCount.sum(),
                new TreeMap<>(violationsByKind));
    }

    /**
     * Ends a fault test: waits until the views equal the oracle (every acknowledged event counted
     * once), stops the readers, prints what they saw, and fails on any violation, on a run that
     * judged too few answers to prove anything, or on views that never settled. The readers' verdict
     * comes first, because it says what went wrong as it happened.
     *
     * @return how long after the last acknowledgement the views equalled the oracle
     * @param fault what the test did, for the printed report
     */
    Duration settleAndJudge(String fault) throws InterruptedException {
        phase("settling");
        Duration settled = null;
        Throwable unsettled = null;
        try {
            settled = ViewChecks.awaitViewsEqual(viewsUrl, oracle, Duration.ofMinutes(3));
        } catch (RuntimeException | AssertionError e) {
            unsettled = e;
        }
        close();

        System.out.printf(
                "Reads through %s: %s; views equal the oracle %s after the last acknowledgement, %d live events%n",
                fault, counts(), settled == null ? "never" : settled.toMillis() + " ms", oracle.liveEvents());
        assertThat(violations()).as(counts()).isEmpty();
        assertThat(consistent()).as(counts()).isGreaterThan(MINIMUM_CONSISTENT);
        if (unsettled instanceof RuntimeException e) {
            throw e;
        }
        if (unsettled != null) {
            throw (AssertionError) unsettled;
        }
        return settled;
    }

    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        for (Thread reader : readers) {
            reader.join(60_000);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
