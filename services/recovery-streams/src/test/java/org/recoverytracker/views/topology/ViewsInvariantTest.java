package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.LowCarbonActivity;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

/**
 * The invariant, property-based: for random histories of puts, corrections (also across place,
 * sector and week), retractions, duplicates and poison records, delivered in random interleavings
 * of the identities, every view equals a plain fold over the final set of live events, and two
 * interleavings of the same histories give identical views. Each seed is one reproducible case.
 */
class ViewsInvariantTest {

    private static final String[] PARTNERS = {"hounslow-council", "bradford-council", "uk-recovery-observatory"};
    private static final String[] PLACES = {
        SampleEvents.HOUNSLOW, SampleEvents.BELFAST, SampleEvents.BRADFORD, "W06000015"
    };
    private static final String[] SIC_CODES = {"51.10", "55.10", "56.10", "35.11", "62.01"};

    @TempDir
    Path stateDirs;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void viewsEqualAFoldOverTheLiveEventsWhateverHappenedOnTheWay(long seed) throws Exception {
        final Random random = new Random(seed);
        final Map<String, List<Operation>> histories = histories(random);

        final List<Operation> firstOrder = interleave(histories, random);
        final List<Operation> secondOrder = interleave(histories, random);

        // Measures, not last-change times: when a view was last changed depends on the order of
        // arrival (a view emptied and refilled starts afresh), what it counts does not.
        final Map<String, Measures> firstTotals;
        final Map<String, Measures> firstWeeks;
        final Map<String, String> firstCitations;
        try (ViewsDriver driver = new ViewsDriver(Files.createTempDirectory(stateDirs, "first"))) {
            firstOrder.forEach(operation -> operation.applyTo(driver));
            final ExpectedViews expected = ExpectedViews.of(liveEvents(histories));
            assertThat(measuresOf(driver.sectorTotals()))
                    .as("sector totals, seed %d", seed)
                    .isEqualTo(expected.sectorTotals);
            assertThat(driver.sectorWeeks()).as("sector weeks, seed %d", seed).isEqualTo(expected.sectorWeeks);
            assertThat(driver.regionSectors())
                    .as("region sectors, seed %d", seed)
                    .isEqualTo(expected.regionSectors);
            assertThat(driver.regionWeeks()).as("region weeks, seed %d", seed).isEqualTo(expected.regionWeeks);
            driver.assertCellEventsAddUp();
            final Map<String, SectorView> keptTotals = driver.sectorTotals();
            final Map<String, Measures> keptRegionSectors = driver.regionSectors();
            final Map<String, Measures> keptRegionWeeks = driver.regionWeeks();
            driver.rebuildDerivedViews();
            assertThat(driver.sectorTotals())
                    .as("sector totals and last changes derived from the week views, seed %d", seed)
                    .isEqualTo(keptTotals);
            assertThat(driver.regionSectors())
                    .as("region sectors derived, seed %d", seed)
                    .isEqualTo(keptRegionSectors);
            assertThat(driver.regionWeeks())
                    .as("region weeks derived, seed %d", seed)
                    .isEqualTo(keptRegionWeeks);
            assertThat(driver.weeksFromRevisions(new TreeMap<>()))
                    .as("the week views the revision log rebuilds, seed %d", seed)
                    .isEqualTo(expected.sectorWeeks);
            assertThat(driver.cellEvents())
                    .as("events behind the views, seed %d", seed)
                    .hasSize(liveEvents(histories).size());
            assertThat(driver.deadLetters().getQueueSize())
                    .as("dead letters, seed %d", seed)
                    .isEqualTo(firstOrder.stream().filter(Operation::isPoison).count());
            firstTotals = measuresOf(driver.sectorTotals());
            firstWeeks = driver.sectorWeeks();
            firstCitations = citations(driver.cellEvents());
        }
        try (ViewsDriver driver = new ViewsDriver(Files.createTempDirectory(stateDirs, "second"))) {
            secondOrder.forEach(operation -> operation.applyTo(driver));
            assertThat(measuresOf(driver.sectorTotals()))
                    .as("another interleaving, seed %d", seed)
                    .isEqualTo(firstTotals);
            assertThat(driver.sectorWeeks())
                    .as("another interleaving, seed %d", seed)
                    .isEqualTo(firstWeeks);
            assertThat(citations(driver.cellEvents()))
                    .as("versions and values behind the views, another interleaving, seed %d", seed)
                    .isEqualTo(firstCitations);
            final ExpectedViews expected = ExpectedViews.of(liveEvents(histories));
            assertThat(driver.regionSectors())
                    .as("region sectors, another interleaving, seed %d", seed)
                    .isEqualTo(expected.regionSectors);
            assertThat(driver.regionWeeks())
                    .as("region weeks, another interleaving, seed %d", seed)
                    .isEqualTo(expected.regionWeeks);
        }
    }

    /** Each event behind a view with its version and the SHA-256 of the value that counts. */
    private static Map<String, String> citations(Map<String, Contribution> cellEvents) {
        final Map<String, String> citations = new TreeMap<>();
        cellEvents.forEach((key, event) -> citations.put(
                key,
                event.provenance().event().version() + "@" + event.provenance().valueSha256()));
        return citations;
    }

    /** One thing that happens to an identity: a version of the event, a retraction, or poison. */
    private record Operation(
            EventKind kind, String partner, String eventId, SpecificRecord event, byte[] poison, long timestamp) {

        boolean isPoison() {
            return poison != null;
        }

        boolean isRetraction() {
            return event == null && poison == null;
        }

        void applyTo(ViewsDriver driver) {
            if (isPoison()) {
                driver.pipeRaw(kind, partner + "/" + eventId, poison);
            } else if (isRetraction()) {
                driver.retract(kind, partner, eventId);
            } else {
                driver.post(event, Instant.ofEpochMilli(timestamp));
            }
        }
    }

    /** For a few identities, each a history of versions, retractions, duplicates and poison. */
    private static Map<String, List<Operation>> histories(Random random) {
        final Map<String, List<Operation>> histories = new LinkedHashMap<>();
        final int identities = 1 + random.nextInt(12);
        for (int i = 0; i < identities; i++) {
            final EventKind kind = EventKind.values()[random.nextInt(3)];
            final String partner = PARTNERS[random.nextInt(PARTNERS.length)];
            final String eventId = "e" + random.nextInt(4);
            final List<Operation> history =
                    histories.computeIfAbsent(kind + partner + eventId, key -> new ArrayList<>());
            final int steps = 1 + random.nextInt(6);
            for (int step = 0; step < steps; step++) {
                final long timestamp = 1_700_000_000_000L + random.nextInt(1_000_000);
                final int choice = random.nextInt(10);
                final SpecificRecord previous = lastVersion(history);
                if (choice < 5 || previous == null) {
                    final SpecificRecord version = previous == null
                            ? randomEvent(kind, partner, eventId, random)
                            : correction(previous, random);
                    history.add(new Operation(kind, partner, eventId, version, null, timestamp));
                } else if (choice < 7) {
                    history.add(new Operation(kind, partner, eventId, null, null, timestamp));
                } else if (choice < 9) {
                    history.add(history.get(random.nextInt(history.size())));
                } else {
                    history.add(new Operation(
                            kind, partner, eventId, null, poison(kind, partner, eventId, random), timestamp));
                }
            }
        }
        return histories;
    }

    private static SpecificRecord lastVersion(List<Operation> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).event() != null) {
                return history.get(i).event();
            }
        }
        return null;
    }

    /**
     * A corrected version of an event, as partners correct: often only its figures (the same
     * place, sector and week), sometimes its date (another day of the week, or another week),
     * sometimes everything.
     */
    private static SpecificRecord correction(SpecificRecord previous, Random random) {
        final EventKind kind = ViewsDriver.kindOf(previous);
        final var common = CommonEventFields.of(previous);
        final SpecificRecord corrected = randomEvent(kind, common.partner(), common.eventId(), random);
        final int what = random.nextInt(4);
        if (what < 3) {
            for (String field : List.of("place", "sicCode", "sector", "occurredOn")) {
                final int position = previous.getSchema().getField(field).pos();
                corrected.put(position, previous.get(position));
            }
        }
        if (what == 1) {
            final int position = previous.getSchema().getField("occurredOn").pos();
            final LocalDate date = (LocalDate) previous.get(position);
            final LocalDate moved = date.plusDays(random.nextInt(15) - 7);
            corrected.put(position, moved.isBefore(LocalDate.of(2024, 6, 1)) ? moved : date);
        }
        return corrected;
    }

    /** A random order of all operations that keeps each identity's own order, as a partition does. */
    private static List<Operation> interleave(Map<String, List<Operation>> histories, Random random) {
        final List<List<Operation>> remaining =
                histories.values().stream().map(ArrayList::new).collect(Collectors.toCollection(ArrayList::new));
        final List<Operation> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            final int pick = random.nextInt(remaining.size());
            order.add(remaining.get(pick).remove(0));
            if (remaining.get(pick).isEmpty()) {
                remaining.remove(pick);
            }
        }
        return order;
    }

    /** The last version of each identity that was not retracted afterwards; poison changes nothing. */
    private static List<SpecificRecord> liveEvents(Map<String, List<Operation>> histories) {
        final List<SpecificRecord> live = new ArrayList<>();
        for (List<Operation> history : histories.values()) {
            SpecificRecord current = null;
            for (Operation operation : history) {
                if (operation.isRetraction()) {
                    current = null;
                } else if (!operation.isPoison()) {
                    current = operation.event();
                }
            }
            if (current != null) {
                live.add(current);
            }
        }
        return live;
    }

    private static SpecificRecord randomEvent(EventKind kind, String partner, String eventId, Random random) {
        final String place = PLACES[random.nextInt(PLACES.length)];
        final boolean bySicCode = random.nextBoolean();
        final String sicCode = bySicCode ? SIC_CODES[random.nextInt(SIC_CODES.length)] : null;
        final SicSection sector = bySicCode ? null : SicSection.values()[random.nextInt(SicSection.values().length)];
        final LocalDate occurredOn = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4 * 365 + 150));
        return switch (kind) {
            case JOB_LOSS ->
                SampleEvents.jobLoss()
                        .setPartner(partner)
                        .setEventId(eventId)
                        .setPlace(place)
                        .setSicCode(sicCode)
                        .setSector(sector)
                        .setOccurredOn(occurredOn)
                        .setJobs(1 + random.nextInt(2_000))
                        .setStatus(random.nextBoolean() ? JobLossStatus.PROPOSED : JobLossStatus.CONFIRMED)
                        .build();
            case BUSINESS_SUPPORT ->
                SampleEvents.businessSupport()
                        .setPartner(partner)
                        .setEventId(eventId)
                        .setPlace(place)
                        .setSicCode(sicCode)
                        .setSector(sector)
                        .setOccurredOn(occurredOn)
                        .setSupportType(SupportType.values()[random.nextInt(SupportType.values().length)])
                        .setAmountPence(random.nextInt(10_000_000))
                        .setJobsSafeguarded(random.nextInt(50))
                        .setJobsCreated(random.nextInt(20))
                        .build();
            case GREEN_ECONOMY ->
                SampleEvents.greenEconomy()
                        .setPartner(partner)
                        .setEventId(eventId)
                        .setPlace(place)
                        .setSicCode(sicCode)
                        .setSector(sector)
                        .setOccurredOn(occurredOn)
                        .setActivity(LowCarbonActivity.values()[random.nextInt(LowCarbonActivity.values().length)])
                        .setJobsCreated(random.nextInt(100))
                        .setInvestmentPence(random.nextInt(500_000_000))
                        .build();
        };
    }

    /** Garbage bytes, or a decodable event that breaks a rule (a place that is not a district). */
    private static byte[] poison(EventKind kind, String partner, String eventId, Random random) {
        if (random.nextBoolean()) {
            return ("poison " + random.nextInt()).getBytes(StandardCharsets.UTF_8);
        }
        final SpecificRecord invalid = randomEvent(kind, partner, eventId, random);
        invalid.put(invalid.getSchema().getField("place").pos(), "E09000099");
        return ViewsDriver.encode(invalid);
    }

    private static Map<String, Measures> measuresOf(Map<String, SectorView> totals) {
        return totals.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().measures()));
    }
}
