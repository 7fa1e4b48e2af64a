package org.recoverytracker.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.ViewsApi;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.ServiceProcess;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.files.Directories;

/**
 * An application reset as operators do one, on the same application id: the views service is
 * stopped, Kafka's reset tool puts every topic it had read back to the start and deletes its
 * internal topics, its local state is wiped, and it is started again. It rebuilds every view and
 * every gauge exactly as they were, from the event topics alone.
 */
class ApplicationResetIT {

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void aResetOfTheSameApplicationWithItsStateWipedRebuildsIdenticalViewsAndGauges() throws Exception {
        final RecoveryStack stack = SYSTEM.stack();
        final ServiceProcess streams = stack.streams();
        final Oracle oracle = new Oracle();
        try (Workload partners = new Workload(stack, oracle, 4)) {
            partners.awaitMore(400);
        }
        ViewChecks.awaitViewsEqual(streams.baseUrl(), oracle, Duration.ofMinutes(3));
        final ViewSnapshot before = ViewSnapshot.awaitSteady(streams.baseUrl());
        final Map<String, Uuid> internalBefore = internalTopics(stack.bootstrapServers());

        assertThat(streams.stop()).as("stopped within its grace").isTrue();
        final List<String> reset = ApplicationReset.run(stack.bootstrapServers(), ViewsApi.APPLICATION_ID);
        wipe(stack.config().streamsStateDir(1));
        final long restarted = System.nanoTime();
        streams.restart();
        streams.awaitReady();
        ViewChecks.awaitViewsEqual(streams.baseUrl(), oracle, Duration.ofMinutes(3));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(ViewSnapshot.of(streams.baseUrl())).isEqualTo(before));
        final Duration rebuilt = Duration.ofNanos(System.nanoTime() - restarted);

        assertThat(reset)
                .as("input topics reset")
                .containsAll(Stream.of(EventKind.values()).map(EventKind::topic).toList());
        final Map<String, Uuid> internalAfter = internalTopics(stack.bootstrapServers());
        assertThat(internalBefore).as("internal topics before the reset").isNotEmpty();
        internalBefore.forEach((topic, id) -> assertThat(internalAfter.get(topic))
                .as("%s deleted by the reset and created again", topic)
                .isNotEqualTo(id));
        System.out.printf(
                "Application reset: %d input topics reset (%s), %d internal topics deleted and created again;"
                        + " %d views and %d gauge series rebuilt identical in %d ms from the restart; %d live events%n",
                reset.size(),
                String.join(", ", reset),
                internalBefore.size(),
                before.views().size(),
                before.gauges().size(),
                rebuilt.toMillis(),
                oracle.liveEvents());
    }

    /** The application's internal topics (changelogs, repartition topics) → their topic ids. */
    private static Map<String, Uuid> internalTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            final Set<String> internal = admin.listTopics().names().get().stream()
                    .filter(topic -> topic.startsWith(ViewsApi.APPLICATION_ID + "-"))
                    .collect(Collectors.toSet());
            return admin.describeTopics(internal).allTopicNames().get().values().stream()
                    .collect(Collectors.toMap(TopicDescription::name, TopicDescription::topicId));
        }
    }

    /** What an operator does to a stopped instance's state volume before it rebuilds. */
    private static void wipe(Path stateDir) {
        Directories.deleteTree(stateDir);
    }
}
