package org.recoverytracker.views.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.query.OrganisationCell;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.topology.Measures;

/**
 * Profile {@code sdc-1} over whole releases of random event sets, against an oracle written here
 * from the contract's words: each seed is one reproducible pair of consecutive releases.
 */
class ReleaseRulesTest {

    private static final Map<String, String> REGIONS =
            Map.of("E09000018", "TLI", "E09000009", "TLI", "E08000032", "TLE", "E08000035", "TLE", "N09000003", "TLN");
    private static final List<String> PLACES = List.copyOf(new TreeSet<>(REGIONS.keySet()));
    private static final List<String> SECTORS = List.of("C", "G", "H");
    private static final List<LocalDate> WEEKS =
            List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15));
    private static final List<String> JOBS =
            List.of("jobsAtRisk", "jobsLost", "jobsSafeguarded", "jobsCreated", "greenJobsCreated");
    private static final List<String> MONEY = List.of("supportAwardedPence", "greenInvestmentPence");
    /** The BRES bands: lower bound, relaxed base, strict base. */
    private static final long[][] BANDS = {
        {5_000, 1_000, 2_000},
        {2_500, 500, 1_000},
        {1_000, 250, 500},
        {500, 100, 200},
        {250, 50, 100},
        {50, 25, 50},
        {0, 5, 10}
    };

    /**
     * A public area: Hounslow throughout, Leeds in the first two weeks only, Belfast throughout; in
     * half the seeds Leeds is a member throughout too, so that the area is the sum of its places.
     */
    private static AreaDefinition area(boolean leedsThroughout) {
        return new AreaDefinition(
                "corridor",
                "uk-recovery-observatory",
                "Corridor",
                true,
                List.of(
                        new AreaDefinition.Member("E09000018", null, null),
                        new AreaDefinition.Member(
                                "E08000035",
                                null,
                                leedsThroughout ? null : WEEKS.get(1).plusDays(2)),
                        new AreaDefinition.Member("N09000003", null, null)));
    }

    /** One live event: where it counts, whose it is, and what it adds. */
    record Event(String place, String sector, LocalDate week, String organisation, Measures measures) {}

    /** Weeks' figures seen revised, over every seed: the test of the flag must have seen some. */
    private static final AtomicInteger REVISED_WEEKS = new AtomicInteger();

    @AfterAll
    static void someWeeksFiguresWereRevised() {
        assertThat(REVISED_WEEKS.get()).isGreaterThan(60);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyReleasedFigureFollowsTheRulesFromTheExactData(long seed) {
        final Random random = new Random(seed);
        final AreaDefinition area = area(seed % 2 == 0);
        final List<Event> before = events(random, 10 + random.nextInt(60));
        final List<Event> after = changed(random, before);

        final ReleaseRules.Outcome first = ReleaseRules.apply(exact(before, area), Map.of());
        final ReleaseRules.Outcome second = ReleaseRules.apply(exact(after, area), first.basis());

        for (ReleaseRules.Outcome release : List.of(first, second)) {
            final List<Event> events = release == first ? before : after;
            final Map<String, Map<String, Measures>> byScope = byScopeAndOrganisation(events, area);
            assertThat(release.cells().keySet()).as("seed %d", seed).isEqualTo(byScope.keySet());
            release.cells().forEach((scope, cell) -> {
                final Map<String, Measures> organisations = byScope.get(scope);
                for (String measure : cell.values().keySet()) {
                    final Long value = cell.values().get(measure);
                    final List<String> flags = cell.flags().getOrDefault(measure, List.of());
                    assertThat(value == null)
                            .as("%s %s, seed %d", scope, measure, seed)
                            .isEqualTo(flags.contains("c"));
                    if (JOBS.contains(measure) && value != null) {
                        assertThat(contributors(organisations, measure))
                                .as("rule 1: %s %s, seed %d", scope, measure, seed)
                                .isNotIn(1, 2);
                    }
                    if (value != null && !flags.contains("p") && !measure.equals("netJobChange")) {
                        assertThat(value)
                                .as("rounding: %s %s, seed %d", scope, measure, seed)
                                .isEqualTo(oracle(organisations, measure));
                    }
                }
            });
            assertNoTableRevealsOneSuppressedPart(release, area, seed);
        }
        assertChangesComeFromThreeOrganisations(
                first, second, byScopeAndOrganisation(before, area), byScopeAndOrganisation(after, area), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReleaseOfUnchangedEventsRepeatsThePreviousOneExactly(long seed) {
        final List<Event> events = events(new Random(seed), 40);
        final ReleaseRules.Outcome first = ReleaseRules.apply(exact(events, area(true)), Map.of());
        final ReleaseRules.Outcome again = ReleaseRules.apply(exact(events, area(true)), first.basis());
        assertThat(again.cells()).as("seed %d", seed).isEqualTo(first.cells());
        assertThat(again.basis()).as("seed %d", seed).isEqualTo(first.basis());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWeeksFigureThatChangesAfterItWasFirstPublishedIsFlaggedRevised(long seed) {
        final Random random = new Random(seed);
        final List<Event> before = events(random, 40);
        final List<Event> after = new ArrayList<>(before);
        for (int organisation = 0; organisation < 9; organisation++) {
            after.add(new Event(
                    before.get(0).place(),
                    before.get(0).sector(),
                    before.get(0).week(),
                    "organisation-" + organisation,
                    new Measures(0, 7, 0, 0, 0, 0, 0, 1)));
        }
        final ReleaseRules.Outcome first = ReleaseRules.apply(exact(before, area(true)), Map.of());
        final ReleaseRules.Outcome second = ReleaseRules.apply(exact(after, area(true)), first.basis());
        second.cells().forEach((scope, cell) -> {
            final OpenCell earlier = first.cells().get(scope);
            final Long was = earlier == null ? null : earlier.values().get("jobsLost");
            final Long is = cell.values().get("jobsLost");
            final boolean revised = scope.contains("W|") && was != null && is != null && !was.equals(is);
            if (revised) {
                REVISED_WEEKS.incrementAndGet();
            }
            assertThat(cell.flags().getOrDefault("jobsLost", List.of()).contains("r"))
                    .as("%s %s → %s, seed %d", scope, was, is, seed)
                    .isEqualTo(revised);
        });
    }

    @Test
    void aFiguresLastChangeMovesOnlyWhenWhatItShowsChanges() {
        final List<Event> before = new ArrayList<>();
        for (int organisation = 0; organisation < 4; organisation++) {
            before.add(new Event(
                    "E09000018",
                    "H",
                    WEEKS.get(0),
                    "organisation-" + organisation,
                    new Measures(0, 20, 0, 0, 0, 0, 0, 1)));
        }
        final List<Event> oneMore = new ArrayList<>(before);
        oneMore.add(new Event("E09000018", "H", WEEKS.get(0), "organisation-4", new Measures(0, 30, 0, 0, 0, 0, 0, 1)));
        final List<Event> threeMore = new ArrayList<>(oneMore);
        threeMore.add(
                new Event("E09000018", "H", WEEKS.get(0), "organisation-5", new Measures(0, 30, 0, 0, 0, 0, 0, 1)));
        threeMore.add(
                new Event("E09000018", "H", WEEKS.get(0), "organisation-6", new Measures(0, 30, 0, 0, 0, 0, 0, 1)));

        final ReleaseRules.Outcome first = ReleaseRules.apply(exact(before, changedOn(1)), Map.of());
        final ReleaseRules.Outcome held = ReleaseRules.apply(exact(oneMore, changedOn(2)), first.basis());
        final ReleaseRules.Outcome shown = ReleaseRules.apply(exact(threeMore, changedOn(3)), held.basis());

        final String sector = "PS|E09000018|H";
        assertThat(first.cells().get(sector).lastUpdated()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(held.cells().get(sector).flags().get("jobsLost")).containsExactly("p");
        assertThat(held.cells().get(sector).lastUpdated()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(shown.cells().get(sector).values().get("jobsLost")).isEqualTo(175L);
        assertThat(shown.cells().get(sector).lastUpdated()).isEqualTo(LocalDate.of(2024, 2, 3));
    }

    /** Hounslow's air transport last changed at noon on that day of February 2024. */
    private static List<SectorEntry> changedOn(int day) {
        return List.of(new SectorEntry(
                "E09000018",
                "H",
                Measures.NONE,
                LocalDate.of(2024, 2, day)
                        .atTime(12, 0)
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli()));
    }

    /** Rule 6: in every table whose total is published, never exactly one part suppressed. */
    private static void assertNoTableRevealsOneSuppressedPart(
            ReleaseRules.Outcome release, AreaDefinition area, long seed) {
        final Map<String, List<String>> tables = new TreeMap<>();
        for (String part : release.cells().keySet()) {
            for (String total : totalsOf(part, area, release.cells().keySet())) {
                tables.computeIfAbsent(
                                total + ">"
                                        + part.substring(0, part.indexOf('|') < 0 ? part.length() : part.indexOf('|')),
                                any -> new ArrayList<>())
                        .add(part);
            }
        }
        assertThat(tables).isNotEmpty();
        tables.forEach((table, parts) -> {
            final OpenCell total = release.cells().get(table.substring(0, table.indexOf('>')));
            for (String measure : total.values().keySet()) {
                if (total.values().get(measure) == null) {
                    continue;
                }
                final long suppressed = parts.stream()
                        .filter(part -> release.cells().get(part).values().get(measure) == null)
                        .count();
                assertThat(suppressed)
                        .as("rule 6: %s %s, seed %d", table, measure, seed)
                        .isNotEqualTo(1L);
            }
        });
    }

    /** Rule 7: a published figure that changed between releases changed by three organisations or more. */
    private static void assertChangesComeFromThreeOrganisations(
            ReleaseRules.Outcome first,
            ReleaseRules.Outcome second,
            Map<String, Map<String, Measures>> before,
            Map<String, Map<String, Measures>> after,
            long seed) {
        for (String scope : second.cells().keySet()) {
            final OpenCell earlier = first.cells().get(scope);
            if (earlier == null) {
                continue;
            }
            for (String measure : earlier.values().keySet()) {
                final Long was = earlier.values().get(measure);
                final Long is = second.cells().get(scope).values().get(measure);
                if (was == null || is == null || was.equals(is)) {
                    continue;
                }
                final Set<String> changed = new HashSet<>();
                for (String input :
                        measure.equals("netJobChange") ? List.of("jobsCreated", "jobsLost") : List.of(measure)) {
                    final Set<String> organisations =
                            new HashSet<>(before.get(scope).keySet());
                    organisations.addAll(after.get(scope).keySet());
                    for (String organisation : organisations) {
                        if (value(before.get(scope).get(organisation), input)
                                != value(after.get(scope).get(organisation), input)) {
                            changed.add(organisation);
                        }
                    }
                }
                assertThat(changed.size())
                        .as("rule 7: %s %s %d → %d, seed %d", scope, measure, was, is, seed)
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    /** The figure the rules give from the exact contributions, as the contract words them. */
    private static Long oracle(Map<String, Measures> organisations, String measure) {
        final List<Long> contributions = new ArrayList<>();
        organisations.values().forEach(measures -> {
            if (value(measures, measure) != 0) {
                contributions.add(value(measures, measure));
            }
        });
        final long total = contributions.stream().mapToLong(Long::longValue).sum();
        if (measure.equals("events")) {
            return total == 0 ? 0L : total < 3 ? null : nearest(total, 5);
        }
        if (contributions.isEmpty()) {
            return 0L;
        }
        if (contributions.size() < 3) {
            return null;
        }
        if (MONEY.contains(measure)) {
            return nearest(total, 100_000);
        }
        contributions.sort((a, b) -> Long.compare(b, a));
        final long largest = contributions.get(0);
        final boolean dominated = (total - largest - contributions.get(1)) * 10 < largest;
        for (long[] band : BANDS) {
            if (total >= band[0]) {
                return nearest(total, dominated ? band[2] : band[1]);
            }
        }
        throw new AssertionError();
    }

    private static long nearest(long value, long base) {
        return Math.round((double) value / base) * base;
    }

    private static int contributors(Map<String, Measures> organisations, String measure) {
        return (int) organisations.values().stream()
                .filter(measures -> value(measures, measure) != 0)
                .count();
    }

    private static long value(Measures measures, String measure) {
        if (measures == null) {
            return 0;
        }
        return switch (measure) {
            case "jobsAtRisk" -> measures.jobsAtRisk();
            case "jobsLost" -> measures.jobsLost();
            case "jobsSafeguarded" -> measures.jobsSafeguarded();
            case "jobsCreated" -> measures.jobsCreated();
            case "greenJobsCreated" -> measures.greenJobsCreated();
            case "supportAwardedPence" -> measures.supportAwardedPence();
            case "greenInvestmentPence" -> measures.greenInvestmentPence();
            case "netJobChange" -> measures.netJobChange();
            case "events" -> measures.events();
            default -> throw new IllegalArgumentException(measure);
        };
    }

    /** The figures an event counts in, by key, written out from the Views API's paths. */
    private static List<String> scopesOf(Event event) {
        final String place = event.place();
        final String region = REGIONS.get(place);
        return List.of(
                "PSW|" + place + "|" + event.sector() + "|" + event.week(),
                "PS|" + place + "|" + event.sector(),
                "PW|" + place + "|" + event.week(),
                "P|" + place,
                "RS|" + region + "|" + event.sector(),
                "RW|" + region + "|" + event.week(),
                "R|" + region,
                "US|" + event.sector(),
                "UW|" + event.week(),
                "U");
    }

    /** The figures a figure is one of the parts of (sectors, weeks, places, regions, or members of the area). */
    private static List<String> totalsOf(String key, AreaDefinition area, Set<String> figures) {
        final String[] parts = key.split("\\|");
        final List<String> totals = new ArrayList<>(totalsInTheGeography(parts));
        if (parts[0].startsWith("P") && area.places().contains(parts[1])) {
            final boolean countsThroughout = figures.stream()
                    .filter(figure -> figure.startsWith("PW|" + parts[1] + "|"))
                    .allMatch(week -> area.counts(parts[1], LocalDate.parse(week.split("\\|")[2])));
            final boolean everyMemberThroughout = area.places().stream()
                    .allMatch(member -> figures.stream()
                            .filter(figure -> figure.startsWith("PW|" + member + "|"))
                            .allMatch(week -> area.counts(member, LocalDate.parse(week.split("\\|")[2]))));
            if (parts[0].equals("PW") && area.counts(parts[1], LocalDate.parse(parts[2]))) {
                totals.add("AW|corridor|" + parts[2]);
            }
            if (everyMemberThroughout && countsThroughout && parts[0].equals("P")) {
                totals.add("A|corridor");
            }
            if (everyMemberThroughout && countsThroughout && parts[0].equals("PS")) {
                totals.add("AS|corridor|" + parts[2]);
            }
        }
        return totals;
    }

    private static List<String> totalsInTheGeography(String[] parts) {
        return switch (parts[0]) {
            case "PSW" -> List.of("PS|" + parts[1] + "|" + parts[2], "PW|" + parts[1] + "|" + parts[3]);
            case "PS" -> List.of("P|" + parts[1], "RS|" + REGIONS.get(parts[1]) + "|" + parts[2]);
            case "PW" -> List.of("P|" + parts[1], "RW|" + REGIONS.get(parts[1]) + "|" + parts[2]);
            case "P" -> List.of("R|" + REGIONS.get(parts[1]));
            case "RS" -> List.of("R|" + parts[1], "US|" + parts[2]);
            case "RW" -> List.of("R|" + parts[1], "UW|" + parts[2]);
            case "R", "US", "UW" -> List.of("U");
            case "AS", "AW" -> List.of("A|" + parts[1]);
            default -> List.of();
        };
    }

    private static Map<String, Map<String, Measures>> byScopeAndOrganisation(List<Event> events, AreaDefinition area) {
        final Map<String, Map<String, Measures>> byScope = new TreeMap<>();
        for (Event event : events) {
            final List<String> scopes = new ArrayList<>(scopesOf(event));
            if (area.counts(event.place(), event.week())) {
                scopes.addAll(List.of("A|corridor", "AS|corridor|" + event.sector(), "AW|corridor|" + event.week()));
            }
            for (String scope : scopes) {
                byScope.computeIfAbsent(scope, any -> new HashMap<>())
                        .merge(event.organisation(), event.measures(), Measures::plus);
            }
        }
        return byScope;
    }

    private static ExactFigures exact(List<Event> events, AreaDefinition area) {
        return exact(events, List.of(), area);
    }

    private static ExactFigures exact(List<Event> events, List<SectorEntry> sectors) {
        return exact(events, sectors, area(true));
    }

    private static ExactFigures exact(List<Event> events, List<SectorEntry> sectors, AreaDefinition area) {
        final Map<List<Object>, Measures> cells = new LinkedHashMap<>();
        for (Event event : events) {
            cells.merge(
                    List.of(event.place(), event.sector(), event.week(), event.organisation()),
                    event.measures(),
                    Measures::plus);
        }
        final List<OrganisationCell> organisationCells = new ArrayList<>();
        cells.forEach((cell, measures) -> organisationCells.add(new OrganisationCell(
                (String) cell.get(0), (String) cell.get(1), (LocalDate) cell.get(2), (String) cell.get(3), measures)));
        return ExactFigures.of(organisationCells, sectors, List.of(area));
    }

    private static List<Event> events(Random random, int count) {
        final List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(random));
        }
        return events;
    }

    /** Some events withdrawn, some corrected, some added, by few or many organisations. */
    private static List<Event> changed(Random random, List<Event> before) {
        final List<Event> after = new ArrayList<>();
        for (Event event : before) {
            final int fate = random.nextInt(20);
            if (fate == 0) {
                continue;
            }
            after.add(
                    fate == 1
                            ? new Event(
                                    event.place(),
                                    event.sector(),
                                    event.week(),
                                    event.organisation(),
                                    event(random).measures())
                            : event);
        }
        final int added = random.nextInt(6);
        for (int i = 0; i < added; i++) {
            after.add(event(random));
        }
        return after;
    }

    private static Event event(Random random) {
        final Measures measures = switch (random.nextInt(3)) {
            case 0 -> {
                final long jobs = random.nextInt(10) == 0 ? 1 + random.nextInt(3_000) : 1 + random.nextInt(120);
                yield random.nextBoolean()
                        ? new Measures(jobs, 0, 0, 0, 0, 0, 0, 1)
                        : new Measures(0, jobs, 0, 0, 0, 0, 0, 1);
            }
            case 1 -> new Measures(0, 0, random.nextInt(30), random.nextInt(20), 0, random.nextInt(5_000_000), 0, 1);
            default -> {
                final long created = random.nextInt(40);
                yield new Measures(0, 0, 0, created, created, 0, random.nextInt(20_000_000), 1);
            }
        };
        return new Event(
                PLACES.get(random.nextInt(PLACES.size())),
                SECTORS.get(random.nextInt(SECTORS.size())),
                WEEKS.get(random.nextInt(WEEKS.size())),
                "organisation-" + random.nextInt(9),
                measures);
    }
}
