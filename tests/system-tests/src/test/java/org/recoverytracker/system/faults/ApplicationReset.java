package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.StreamsResetter;

/**
 * Kafka's own reset tool ({@code kafka-streams-application-reset}), run as an operator runs it on
 * a stopped application to rebuild it from the start ({@code --to-earliest --force}): every topic the application had read goes
 * back to its earliest offset, and its internal topics (repartition topics and changelogs) are
 * deleted. Wiping each instance's local state is the operator's other half of a reset.
 */
final class ApplicationReset {

    private ApplicationReset() {}

    /**
     * Resets the application; it must have no live member.
     *
     * @return the input topics reset: every topic the application had committed offsets on, other
     *     than its own internal ones
     */
    static List<String> run(String bootstrapServers, String applicationId) throws Exception {
        final List<String> inputs = topicsRead(bootstrapServers, applicationId);
        final int exitCode = new StreamsResetter().execute(new String[] {
            "--bootstrap-server",
            bootstrapServers,
            "--application-id",
            applicationId,
            "--input-topics",
            String.join(",", inputs),
            "--to-earliest",
            // A stopped Kafka Streams instance does not leave its group (so that a restart does
            // not rebalance): until its session times out it still looks like a live member
            "--force"
        });
        assertThat(exitCode).as("exit code of Kafka's reset tool").isZero();
        return inputs;
    }

    private static List<String> topicsRead(String bootstrapServers, String applicationId)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin
                    .listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS)
                    .keySet()
                    .stream()
                    .map(TopicPartition::topic)
                    .filter(topic -> !topic.startsWith(applicationId + "-"))
                    .distinct()
                    .sorted()
                    .toList();
        }
    }
}
