package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

/**
 * Every version of an event must be on the partition its key hashes to: the driver puts every
 * record on partition 0 of topics said to have two, so a key that hashes to partition 1 is a record
 * a producer placed by another rule.
 */
class MisplacedRecordTest {

    private static final int PARTITIONS = 2;

    @TempDir
    Path stateDir;

    @Test
    void deadLettersEventsAndRetractionsOnAnotherPartitionThanTheirKeysAndCountTheRest() {
        final String home = eventIdOnPartition(0);
        final String elsewhere = eventIdOnPartition(1);
        final JobLossEvent placed = SampleEvents.jobLoss().setEventId(home).build();
        final JobLossEvent misplaced =
                SampleEvents.jobLoss().setEventId(elsewhere).build();
        try (ViewsDriver driver = new ViewsDriver(stateDir, (topic, seenPartition) -> PARTITIONS)) {
            driver.post(placed);
            driver.post(misplaced);
            driver.retract(EventKind.JOB_LOSS, "hounslow-council", elsewhere);

            assertThat(driver.deadLetters().readRecordsToList())
                    .extracting(record -> ViewsDriver.headers(record).get(DeadLetters.REASON))
                    .containsExactly(
                            "misplaced: on partition 0 of 2, but its key belongs on partition 1, where the other versions of the event are",
                            "misplaced: on partition 0 of 2, but its key belongs on partition 1, where the other versions of the event are");
            driver.assertViewsAre(List.of(placed));
        }
    }

    @Test
    void checksNothingWhileThePartitionCountIsUnknown() {
        final JobLossEvent event =
                SampleEvents.jobLoss().setEventId(eventIdOnPartition(1)).build();
        try (ViewsDriver driver = new ViewsDriver(stateDir, (topic, seenPartition) -> 0)) {
            driver.post(event);

            assertThat(driver.deadLetters().isEmpty()).isTrue();
            driver.assertViewsAre(List.of(event));
        }
    }

    private static String eventIdOnPartition(int partition) {
        return IntStream.range(0, 100)
                .mapToObj(n -> "hr1-" + n)
                .filter(eventId -> Utils.toPositive(
                                        Utils.murmur2(("hounslow-council/" + eventId).getBytes(StandardCharsets.UTF_8)))
                                % PARTITIONS
                        == partition)
                .findFirst()
                .orElseThrow();
    }
}
