package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.schemas.testing.SampleEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * The views answer from committed state only: an event the stream thread has applied, but whose
 * transaction has not committed yet, is in no answer: not the place's sector (from the totals kept
 * in memory), nor its weeks (RocksDB), nor the UK's. Were interactive queries to read the open transaction's
 * writes, a change later aborted (an instance killed, the broker away) would be answered and then
 * taken back.
 *
 * <p>One stream thread, which commits all its tasks at once, every 9 s (under the 10 s a
 * transaction may stay open), leaves time to look between the two. An event reaches the views
 * through the place repartition topic, which the views read committed: so the views apply it right
 * after a commit, and it waits a whole interval for the next.
 */
class CommittedReadsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(9);
    private static final String HOUNSLOW_AIR_TRANSPORT = "/v1/places/E09000018/sectors/H";
    private static final Pattern CHANGES_APPLIED =
            Pattern.compile("(?m)^recovery_view_freshness_seconds_count(?:\\{[^}]*})? ([0-9.E]+)$");

    @TempDir
    Path stateDir;

    @Test
    void answersNothingOfAChangeUntilItsTransactionCommits() throws Exception {
        try (TestBroker broker = TestBroker.start();
                ViewsInstance views = ViewsInstance.start(
                        broker.bootstrapServers(),
                        stateDir,
                        "recovery.streams.commit-interval=" + COMMIT_INTERVAL.toMillis() + "ms",
                        "recovery.streams.stream-threads=1");
                KafkaProducer<String, byte[]> producer = TwoViewsInstances.producer(broker)) {
            await().atMost(Duration.ofSeconds(90)).until(views::isReady);

            TwoViewsInstances.sendJobLoss(
                    producer, SampleEvents.jobLoss().setEventId("first").build());
            await().atMost(Duration.ofSeconds(60)).until(() -> events(views) == 1);
            TwoViewsInstances.sendJobLoss(
                    producer, SampleEvents.jobLoss().setEventId("second").build());
            await().atMost(COMMIT_INTERVAL.multipliedBy(2))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> changesApplied(views) >= 2);
            final long applied = System.nanoTime();

            assertThat(events(views))
                    .as("the place, its second event applied but not committed")
                    .isEqualTo(1);
            assertThat(JSON.readTree(views.get("/v1/places/E09000018/weekly").body())
                            .valueStream()
                            .mapToLong(week -> week.get("events").asLong())
                            .sum())
                    .as("the place's weeks (RocksDB), likewise")
                    .isEqualTo(1);
            assertThat(JSON.readTree(views.get("/v1/uk").body()).get("events").asLong())
                    .as("the UK (sums in memory), likewise")
                    .isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - applied))
                    .as("looked long before the next commit was due")
                    .isLessThan(COMMIT_INTERVAL.dividedBy(3));

            await().atMost(COMMIT_INTERVAL.multipliedBy(2)).until(() -> events(views) == 2);
        }
    }

    /** The events counted in Hounslow's air transport sector, 0 while it has none. */
    private static long events(ViewsInstance views) {
        final ViewsInstance.Response sector = views.get(HOUNSLOW_AIR_TRANSPORT);
        return sector.status() == 200
                ? JSON.readTree(sector.body()).get("events").asLong()
                : 0;
    }

    /** How many changes the stream threads have applied to the views, committed or not. */
    private static double changesApplied(ViewsInstance views) {
        final Matcher count =
                CHANGES_APPLIED.matcher(views.get("/actuator/prometheus").body());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }
}
