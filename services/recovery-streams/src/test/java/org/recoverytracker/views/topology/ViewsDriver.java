package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.partners.PartnerCredential;
import org.recoverytracker.partners.PartnerRegistry;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.views.areas.AreaStore;
import org.recoverytracker.views.config.RecoveryStreamsConfig;
import org.recoverytracker.views.config.StreamsSettings;

/**
 * The views topology in a {@link TopologyTestDriver}, fed as partners feed the real one: event
 * records keyed {@code partner/eventId}, Avro single-object encoded, tombstones to retract.
 */
final class ViewsDriver implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final Map<EventKind, TestInputTopic<String, byte[]>> inputs = new EnumMap<>(EventKind.class);
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final TestOutputTopic<String, Revision> revisions;
    private final TestInputTopic<String, byte[]> areas;

    /** The local stack's partners, as the gate knows them: the three councils and the national observatory. */
    static final PartnerRegistry LOCAL_PARTNERS = new PartnerRegistry(
            Arrays.stream(LocalPartner.values()).map(ViewsDriver::credential).toList());

    ViewsDriver(Path stateDir) {
        this(stateDir, EventTopicPartitions.ONE);
    }

    /** A driver whose event topics are said to have other partition counts (its own records are all on partition 0). */
    ViewsDriver(Path stateDir, EventTopicPartitions partitions) {
        this(stateDir, partitions, LOCAL_PARTNERS);
    }

    /** A driver whose gate knows these partners. */
    ViewsDriver(Path stateDir, PartnerRegistry partners) {
        this(stateDir, EventTopicPartitions.ONE, partners, TopologyMetrics.NONE);
    }

    /** A driver that reports to these metrics. */
    ViewsDriver(Path stateDir, TopologyMetrics metrics) {
        this(stateDir, EventTopicPartitions.ONE, LOCAL_PARTNERS, metrics);
    }

    private ViewsDriver(Path stateDir, EventTopicPartitions partitions, PartnerRegistry partners) {
        this(stateDir, partitions, partners, TopologyMetrics.NONE);
    }

    private ViewsDriver(
            Path stateDir, EventTopicPartitions partitions, PartnerRegistry partners, TopologyMetrics metrics) {
        final StreamsSettings settings = new StreamsSettings(
                "views-test",
                "localhost:8080",
                stateDir,
                0,
                -1,
                1,
                "exactly_once_v2",
                Duration.ofMillis(100),
                6,
                Duration.ofSeconds(10),
                null);
        final Properties config = new Properties();
        config.putAll(RecoveryStreamsConfig.of(settings, Map.of("bootstrap.servers", "unused:9092")));
        // Built with the application's configuration, so a store or topic left unnamed fails here too.
        final StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        RecoveryTopology.build(builder, partners, partitions, null, metrics);
        driver = new TopologyTestDriver(builder.build(), config, Instant.parse("2024-06-03T10:00:00Z"));
        for (EventKind kind : EventKind.values()) {
            inputs.put(kind, driver.createInputTopic(kind.topic(), new StringSerializer(), new ByteArraySerializer()));
        }
        deadLetters = driver.createOutputTopic(
                RecoveryTopics.DEAD_LETTER, new StringDeserializer(), new ByteArrayDeserializer());
        areas = driver.createInputTopic(RecoveryTopics.AREA, new StringSerializer(), new ByteArraySerializer());
        revisions = driver.createOutputTopic(
                RecoveryTopics.REVISION,
                new StringDeserializer(),
                RevisionSerde.serde().deserializer());
    }

    /** Posts (or corrects) an event, keyed by its own identity. */
    void post(SpecificRecord event) {
        post(event, Instant.parse("2024-06-03T10:00:00Z"));
    }

    void post(SpecificRecord event, Instant timestamp) {
        final EventKind kind = kindOf(event);
        inputs.get(kind).pipeInput(CommonEventFields.of(event).key().toString(), encode(event), timestamp);
    }

    void retract(EventKind kind, String partner, String eventId) {
        inputs.get(kind).pipeInput(partner + "/" + eventId, null, Instant.parse("2024-06-03T11:00:00Z"));
    }

    void pipeRaw(EventKind kind, String key, byte[] value) {
        inputs.get(kind).pipeInput(key, value);
    }

    void pipeRaw(EventKind kind, String key, byte[] value, Headers headers) {
        inputs.get(kind).pipeInput(new TestRecord<>(key, value, headers));
    }

    /** Writes a record to the areas topic, as the reference service would (null: the area is removed). */
    void pipeArea(String areaId, byte[] value) {
        areas.pipeInput(areaId, value);
    }

    /** Every area the store holds: areaId → its record as on the topic. */
    Map<String, byte[]> areas() {
        return contents(driver.getKeyValueStore(AreaStore.NAME));
    }

    /** Writes a record to a partner's own topic of a kind, as a partner with Kafka access would. */
    void pipePartner(String partner, EventKind kind, String key, byte[] value) {
        pipePartner(partner, kind, new TestRecord<>(key, value));
    }

    void pipePartner(String partner, EventKind kind, TestRecord<String, byte[]> record) {
        driver.createInputTopic(
                        new PartnerTopic(partner, kind).name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(record);
    }

    /** What has been written to the event topic of a kind (by the gate; the driver's own input is not read back). */
    TestOutputTopic<String, byte[]> eventTopic(EventKind kind) {
        return driver.createOutputTopic(kind.topic(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    TestOutputTopic<String, byte[]> deadLetters() {
        return deadLetters;
    }

    /** The revision log, keyed by place. */
    TestOutputTopic<String, Revision> revisions() {
        return revisions;
    }

    /**
     * The week views the revision log rebuilds: the last {@code after} of each view, in log order
     * (views whose last revision removed them are gone). Reads the log's records not read yet.
     */
    Map<String, Measures> weeksFromRevisions(Map<String, Measures> folded) {
        for (Revision revision : revisions.readValuesToList()) {
            final String key = ViewStores.weekKey(revision.place(), revision.sector(), revision.weekStart());
            if (revision.after() == null) {
                folded.remove(key);
            } else {
                folded.put(key, revision.after());
            }
        }
        return folded;
    }

    /** A store of the views a task derives from its week views, as the stream thread sees it. */
    @SuppressWarnings("unchecked")
    private <V> InMemoryObjectStore<V> derived(String name) {
        return (InMemoryObjectStore<V>) driver.getAllStateStores().get(name);
    }

    /** Every place × sector view: {@code place|sector} → its totals. */
    Map<String, SectorView> sectorTotals() {
        return contents(derived(ViewStores.SECTOR_TOTALS));
    }

    /** Every week view: {@code place|sector|weekStart} → its totals (not the weeks that are gone). */
    Map<String, Measures> sectorWeeks() {
        final Map<String, Measures> live = new TreeMap<>();
        weekViews().forEach((key, week) -> {
            if (!week.isGone()) {
                live.put(key, week.measures());
            }
        });
        return live;
    }

    /** Every entry of the week views' store, those kept only for the time of their removal too. */
    Map<String, WeekView> weekViews() {
        return contents(driver.getKeyValueStore(ViewStores.SECTOR_WEEKS));
    }

    /** Derives the sector totals and region sums from the week views again, as a task does when it starts. */
    void rebuildDerivedViews() {
        DerivedViews.rebuild(
                driver.getKeyValueStore(ViewStores.SECTOR_WEEKS),
                driver.getKeyValueStore(ViewStores.LEGACY_SECTOR_TOTALS),
                derived(ViewStores.SECTOR_TOTALS),
                derived(ViewStores.REGION_SECTORS),
                derived(ViewStores.REGION_WEEKS));
    }

    /** The totals an earlier release kept with a changelog, as an upgraded task finds them. */
    KeyValueStore<String, SectorView> legacySectorTotals() {
        return driver.getKeyValueStore(ViewStores.LEGACY_SECTOR_TOTALS);
    }

    /** The week views' store itself, to put what an earlier release left there. */
    KeyValueStore<String, WeekView> weekViewsStore() {
        return driver.getKeyValueStore(ViewStores.SECTOR_WEEKS);
    }

    /** The store of the task's retained history: where its history starts ({@link RetainedHistory}). */
    KeyValueStore<String, Long> retainedHistoryStore() {
        return driver.getKeyValueStore(ViewStores.RETAINED_HISTORY);
    }

    /** The history of the task's views, as as-of questions read it. */
    KeyValueStore<String, Revision> historyStore() {
        return driver.getKeyValueStore(ViewStores.VIEW_HISTORY);
    }

    /** Moves the driver's clock on, running what is scheduled by it. */
    void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    /** Every event behind a week view: {@code place|sector|weekStart|kind|partner/eventId} → how it counts there. */
    Map<String, Contribution> cellEvents() {
        return contents(driver.getKeyValueStore(ViewStores.CELL_EVENTS));
    }

    /** Every region sector sum: {@code region|sector} → its totals (one task: the driver's). */
    Map<String, Measures> regionSectors() {
        return contents(derived(ViewStores.REGION_SECTORS));
    }

    /** Every region week view: {@code region|weekStart} → its totals (one task: the driver's). */
    Map<String, Measures> regionWeeks() {
        return contents(derived(ViewStores.REGION_WEEKS));
    }

    static byte[] encode(SpecificRecord event) {
        return encodeAs(kindOf(event), event);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> byte[] encodeAs(EventKind kind, SpecificRecord event) {
        return EventCodec.of((Class<T>) kind.recordClass()).encode((T) event);
    }

    static EventKind kindOf(SpecificRecord event) {
        for (EventKind kind : EventKind.values()) {
            if (kind.recordClass().isInstance(event)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(event.getClass().getName());
    }

    private static <V> Map<String, V> contents(ReadOnlyKeyValueStore<String, V> store) {
        final Map<String, V> contents = new TreeMap<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining((KeyValue<String, V> entry) -> contents.put(entry.key, entry.value));
        }
        return contents;
    }

    /** Asserts that every view is what these live events make it, by the contract's measures. */
    void assertViewsAre(List<? extends SpecificRecord> liveEvents) {
        final ExpectedViews expected = ExpectedViews.of(liveEvents);
        assertThat(sectorTotals().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, entry -> entry.getValue().measures())))
                .isEqualTo(expected.sectorTotals);
        assertThat(sectorWeeks()).isEqualTo(expected.sectorWeeks);
        assertThat(regionSectors()).isEqualTo(expected.regionSectors);
        assertThat(regionWeeks()).isEqualTo(expected.regionWeeks);
        assertCellEventsAddUp();
    }

    /** Asserts that the events listed behind each week view add up to it, measure by measure. */
    void assertCellEventsAddUp() {
        final Map<String, Measures> sums = new TreeMap<>();
        cellEvents()
                .forEach((key, event) -> sums.merge(
                        ViewStores.weekKey(event.place(), event.sector(), event.weekStart()),
                        event.measures(),
                        Measures::plus));
        assertThat(sums).as("the events behind each week view, summed").isEqualTo(sectorWeeks());
    }

    /** A record's headers as text, the last of each key. */
    static Map<String, String> headers(TestRecord<String, byte[]> record) {
        return Arrays.stream(record.headers().toArray())
                .collect(Collectors.toMap(
                        Header::key,
                        header -> new String(header.value(), StandardCharsets.UTF_8),
                        (first, second) -> second));
    }

    /** A local partner as the partners file configures it (no places listed there means every place). */
    static PartnerCredential credential(LocalPartner partner) {
        final List<String> places = partner.places().isEmpty() ? List.of(Partner.ALL_PLACES) : partner.places();
        return new PartnerCredential(partner.id(), null, places, null, null);
    }

    @Override
    public void close() {
        driver.close();
    }
}
