package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the revision log as committed on Kafka: for every week view its revisions chain (each
 * one's {@code before} is the previous one's {@code after}), so none is missing and none is there
 * twice, and the last {@code after} of each view, summed by place and sector, is what the oracle
 * expects.
 */
final class RevisionLogChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RevisionLogChecks() {}

    /** @return how many revisions the log holds */
    static int assertLogChainsAndRebuilds(String bootstrapServers, Map<String, Figures> expectedSectors) {
        final List<ConsumerRecord<String, byte[]>> records =
                CommittedRecords.committed(bootstrapServers, RecoveryTopics.REVISION);
        // Records of one place share a partition, so this is each view's order of change.
        final Map<String, Figures> views = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            final JsonNode revision = JSON.readTree(record.value());
            final String view = revision.get("place").asString() + "|"
                    + revision.get("sector").asString() + "|"
                    + revision.get("weekStart").asString();
            assertThat(record.key()).isEqualTo(revision.get("place").asString());
            assertThat(figures(revision.get("before")))
                    .as("revision %s of %s follows the one before it", revision, view)
                    .isEqualTo(views.get(view));
            final Figures after = figures(revision.get("after"));
            if (after == null) {
                views.remove(view);
            } else {
                views.put(view, after);
            }
        }
        final Map<String, Figures> sectors = new TreeMap<>();
        views.forEach((view, figures) -> {
            final String[] parts = view.split("\\|");
            sectors.merge(parts[0] + "|" + parts[1], figures, Figures::plus);
        });
        assertThat(sectors).as("the views the revision log rebuilds").isEqualTo(expectedSectors);
        return records.size();
    }

    private static Figures figures(JsonNode measures) {
        return measures == null || measures.isNull() ? null : Figures.shownBy(measures);
    }
}
