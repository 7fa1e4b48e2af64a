package org.recoverytracker.system.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recoverytracker.demo.DemoEvent;
import org.recoverytracker.demo.DemoFeed;
import org.recoverytracker.demo.Story;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.ViewsApi;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.system.PlaceEvents;
import org.recoverytracker.system.RecoveryStackExtension;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/**
 * The demo story {@code ./run-local} posts, posted by the demo feed itself to the real services:
 * every request is taken, the views count exactly the story's live events in each place, the
 * Heathrow zone and the illustrative baseline arrive, and posting it all again, as the feed does
 * after a restart, changes no figure.
 */
class DemoStoryIT {

    private static final Duration CONVERGES = Duration.ofSeconds(60);

    /** The demo story is written as of the UK's calendar day, as the feed judges "not in the future". */
    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    @RegisterExtension
    static final RecoveryStackExtension SYSTEM = new RecoveryStackExtension();

    @Test
    void theStoryIsTakenWholeCountedExactlyAndPostingItAgainChangesNothing() throws Exception {
        final RecoveryStack stack = SYSTEM.stack();
        final String views = stack.streams().baseUrl();
        final Map<String, Long> expected = new TreeMap<>();
        for (DemoEvent event :
                Story.liveEvents(Story.asOf(LocalDate.now(UK_TIME))).values()) {
            expected.merge(event.place(), 1L, Long::sum);
        }

        final String summary =
                DemoFeed.postStory(services(stack), URI.create(stack.reference().baseUrl()), CONVERGES);

        final long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(summary).startsWith("Demo story posted: " + total + " events for Hounslow, Belfast and Bradford");
        await().atMost(CONVERGES)
                .untilAsserted(() -> assertThat(PlaceEvents.byPlace(views)).isEqualTo(expected));
        final JsonNode uk = Http.get(views + "/v1/uk").json();
        await().atMost(CONVERGES).untilAsserted(() -> {
            final JsonNode zone = Http.get(views + "/v1/areas").json().get(0);
            assertThat(zone.path("areaId").asString()).isEqualTo("heathrow-zone");
            assertThat(zone.path("members")).hasSize(7);
            assertThat(Http.get(views + "/v1/places/E09000018/index")
                            .json()
                            .path("baseline")
                            .path("sources")
                            .valueStream()
                            .map(JsonNode::asString))
                    .containsExactly("BRES 2019 employees: illustrative, not ONS data");
        });

        DemoFeed.postStory(services(stack), URI.create(stack.reference().baseUrl()), CONVERGES);

        awaitViewsHaveReadEveryEvent(stack);
        assertThat(Http.get(views + "/v1/uk").json()).isEqualTo(uk);
        assertThat(PlaceEvents.byPlace(views)).isEqualTo(expected);
    }

    /**
     * Waits until the views have committed every event record written so far, so that "nothing
     * changed" is said of records they have read, not of records still on their way.
     */
    private static void awaitViewsHaveReadEveryEvent(RecoveryStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers()))) {
            final List<String> topics =
                    Arrays.stream(EventKind.values()).map(EventKind::topic).toList();
            final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get()
                    .values()
                    .forEach(topic -> topic.partitions()
                            .forEach(partition -> latest.put(
                                    new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            final Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
            await().atMost(CONVERGES).untilAsserted(() -> {
                final Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                                ViewsApi.APPLICATION_ID)
                        .partitionsToOffsetAndMetadata()
                        .get();
                ends.forEach((partition, end) -> {
                    if (end > 0) {
                        assertThat(committed.get(partition)).as("%s", partition).isNotNull();
                        assertThat(committed.get(partition).offset())
                                .as("%s", partition)
                                .isGreaterThanOrEqualTo(end);
                    }
                });
            });
        }
    }

    private static Map<EventKind, URI> services(RecoveryStack stack) {
        final Map<EventKind, URI> services = new EnumMap<>(EventKind.class);
        services.put(EventKind.JOB_LOSS, URI.create(stack.jobLoss().baseUrl()));
        services.put(
                EventKind.BUSINESS_SUPPORT, URI.create(stack.businessSupport().baseUrl()));
        services.put(EventKind.GREEN_ECONOMY, URI.create(stack.greenEconomy().baseUrl()));
        return services;
    }
}
