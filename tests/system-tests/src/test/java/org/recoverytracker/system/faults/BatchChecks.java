package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.recoverytracker.schemas.EventKey;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.kafka.CommittedRecords;

/**
 * Batches as a {@code read_committed} consumer (the views) sees them on the event topics: whole or
 * not at all. A partner retries a refused batch with the same identities, so a batch may be on its
 * topic more than once; but every attempt that was committed holds every identity of the batch, so
 * within a batch each identity appears as often as every other. An attempt that was half-committed
 * would leave some identities once more than the rest.
 */
final class BatchChecks {

    private BatchChecks() {}

    /**
     * Asserts that every acknowledged batch is on its topic, each identity the same number of
     * times (at least once).
     *
     * @return how many batches were on their topic more than once (a refused attempt committed
     *     after all, or a retry), for the test's report
     */
    static int assertEveryBatchWhole(String bootstrapServers, List<Workload.Batch> batches) {
        final Map<String, Map<String, Long>> copiesByKind = new HashMap<>();
        int repeated = 0;
        for (Workload.Batch batch : batches) {
            final Map<String, Long> copies = copiesByKind.computeIfAbsent(
                    batch.kind(),
                    kind -> copiesOnTopic(
                            bootstrapServers, EventKind.ofId(kind).orElseThrow().topic()));
            final Map<Long, List<String>> idsByCopies = batch.eventIds().stream()
                    .collect(Collectors.groupingBy(
                            id -> copies.getOrDefault(new EventKey(batch.partner(), id).toString(), 0L)));
            assertThat(idsByCopies)
                    .as(
                            "how many times each identity of %s's batch %s is on the topic",
                            batch.partner(), batch.eventIds())
                    .hasSize(1)
                    .doesNotContainKey(0L);
            if (!idsByCopies.containsKey(1L)) {
                repeated++;
            }
        }
        return repeated;
    }

    /** How many committed records each key has on the topic. */
    private static Map<String, Long> copiesOnTopic(String bootstrapServers, String topic) {
        return CommittedRecords.committed(bootstrapServers, topic).stream()
                .map(ConsumerRecord::key)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
