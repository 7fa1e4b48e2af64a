package org.recoverytracker.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The primary rules of {@code sdc-1}, on the contract's own examples and against an exact oracle
 * over random contributions: the oracle checks what a published figure must be (a multiple of the
 * band's base, within half a base of the exact figure, from enough organisations) rather than
 * working it out the same way again.
 */
class Sdc1Test {

    private static final int CASES = 20_000;

    @Test
    void aJobsFigureFromFewerThanThreeOrganisationsIsConfidential() {
        assertThat(Sdc1.jobs(Contributions.of(List.of(400L))))
                .isEqualTo(new OpenFigure(null, Set.of(Flag.CONFIDENTIAL)));
        assertThat(Sdc1.jobs(Contributions.of(List.of(400L, 12L))).published()).isFalse();
        assertThat(Sdc1.jobs(Contributions.of(List.of(400L, 12L, 0L))).published())
                .as("an organisation that contributes nothing does not count")
                .isFalse();
        assertThat(Sdc1.jobs(Contributions.NONE)).isEqualTo(new OpenFigure(0L, Set.of()));
    }

    @ParameterizedTest(name = "{0} jobs from contributions {1} → {2}")
    @CsvSource({
        // relaxed: the others beyond the two largest give at least 10% of the largest
        "'30, 30, 30', 90, 100",
        "'20, 20, 12', 52, 50",
        "'100, 100, 62', 262, 250",
        "'400, 300, 290', 990, 1000",
        "'1000, 1000, 620', 2620, 2500",
        "'3000, 2000, 1700', 6700, 7000",
        // strict: one contributor dominates
        "'60, 1, 1', 62, 50",
        "'300, 5, 1', 306, 300",
        "'600, 60, 1', 661, 600",
        "'3000, 1, 1', 3002, 3000",
        "'6000, 1, 1', 6002, 6000",
        // 1 to 49 rounds to 5 (strict 10); under half a base it is 0, flagged low
        "'1, 1, 1', 3, 5",
        "'1, 1, 0, 1', 3, 5"
    })
    void roundsWithTheBresBasesRelaxedOrStrictByDominance(String contributions, long exact, long published) {
        final Contributions figure = contributions(contributions);

        assertThat(figure.total()).isEqualTo(exact);
        assertThat(Sdc1.jobs(figure).value()).isEqualTo(published);
    }

    @Test
    void aFigureThatIsNotZeroButRoundsToZeroIsLow() {
        final Contributions created = Contributions.of(List.of(40L, 30L, 32L));
        final Contributions lost = Contributions.of(List.of(50L, 25L, 25L));

        assertThat(Sdc1.netJobChange(created, lost, Sdc1.jobs(created), Sdc1.jobs(lost)))
                .as("a net change of +2")
                .isEqualTo(new OpenFigure(0L, Set.of(Flag.LOW)));
        assertThat(Sdc1.money(Contributions.of(List.of(20_000L, 10_000L, 10_000L))))
                .as("£400")
                .isEqualTo(new OpenFigure(0L, Set.of(Flag.LOW)));
    }

    @Test
    void refusesContributionsThatCanNotBe() {
        assertThatThrownBy(() -> new Contributions(4, 3, 4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contributions(5, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Contributions.of(List.of(5L, -2L, 0L))).isEqualTo(new Contributions(3, 2, 5, 2));
    }

    @Test
    void moneyIsRoundedToTheNearestThousandPounds() {
        assertThat(Sdc1.money(Contributions.of(List.of(2_500_050L, 1_000_000L, 260_000L)))
                        .value())
                .isEqualTo(3_800_000L); // £37,600.50 → £38,000
        assertThat(Sdc1.money(Contributions.of(List.of(2_500_050L, 1_000_000L))).published())
                .isFalse();
    }

    @Test
    void eventsAreRoundedToFiveAndOneOrTwoAreConfidential() {
        assertThat(Sdc1.events(0).value()).isZero();
        assertThat(Sdc1.events(1).published()).isFalse();
        assertThat(Sdc1.events(2).published()).isFalse();
        assertThat(Sdc1.events(3).value()).isEqualTo(5);
        assertThat(Sdc1.events(12).value()).isEqualTo(10);
        assertThat(Sdc1.events(13).value()).isEqualTo(15);
    }

    @Test
    void theNetChangeIsWorkedOutFromExactFiguresAndShownOnlyWithBothItsInputs() {
        final Contributions created = Contributions.of(List.of(12L, 12L, 12L)); // 36, shown as 35
        final Contributions lost = Contributions.of(List.of(40L, 40L, 42L)); // 122, shown as 125

        assertThat(Sdc1.netJobChange(created, lost, Sdc1.jobs(created), Sdc1.jobs(lost))
                        .value())
                .as("-86 rounds to -75, not 35 - 125 = -90")
                .isEqualTo(-75);
        final Contributions fewLost = Contributions.of(List.of(40L));
        assertThat(Sdc1.netJobChange(created, fewLost, Sdc1.jobs(created), Sdc1.jobs(fewLost))
                        .published())
                .isFalse();
    }

    @Test
    void noPublishedJobsFigureComesFromFewerThanThreeOrganisationsAndEachIsTheRulesRounding() {
        final Random random = new Random(20261203);
        for (int i = 0; i < CASES; i++) {
            final List<Long> byOrganisation = randomContributions(random);
            final Contributions figure = Contributions.of(byOrganisation);
            final OpenFigure shown = Sdc1.jobs(figure);
            final long organisations =
                    byOrganisation.stream().filter(value -> value != 0).count();

            if (organisations > 0 && organisations < 3) {
                assertThat(shown.published()).as("%s", byOrganisation).isFalse();
                continue;
            }
            assertThat(shown.published()).as("%s", byOrganisation).isTrue();
            final long exact =
                    byOrganisation.stream().mapToLong(Long::longValue).sum();
            final long base = oracleBase(exact, dominated(byOrganisation));
            assertThat(shown.value() % base)
                    .as("%s is a multiple of %d", shown, base)
                    .isZero();
            assertThat(Math.abs(shown.value() - exact) * 2)
                    .as("%s within half of %d of %d", shown, base, exact)
                    .isLessThanOrEqualTo(base);
            assertThat(shown.flags().contains(Flag.LOW)).isEqualTo(exact != 0 && shown.value() == 0);
        }
    }

    /** Between 0 and 8 organisations, some of them large, some contributing nothing. */
    private static List<Long> randomContributions(Random random) {
        final List<Long> contributions = new ArrayList<>();
        final int organisations = random.nextInt(9);
        for (int i = 0; i < organisations; i++) {
            final int kind = random.nextInt(10);
            final long contribution =
                    kind == 0 ? 0 : kind < 3 ? 1 + random.nextInt(5_000) : 1 + random.nextInt(kind < 6 ? 20 : 300);
            contributions.add(contribution);
        }
        return contributions;
    }

    /** Dominance as the contract words it, from the contributions themselves. */
    private static boolean dominated(List<Long> contributions) {
        final List<Long> sorted =
                contributions.stream().sorted((a, b) -> Long.compare(b, a)).toList();
        final long total = sorted.stream().mapToLong(Long::longValue).sum();
        final long largest = sorted.isEmpty() ? 0 : sorted.get(0);
        final long second = sorted.size() < 2 ? 0 : sorted.get(1);
        return (total - largest - second) < 0.1 * largest;
    }

    /** The contract's table: 1–49 → 5 (10), 50–249 → 25 (50), ..., 5,000+ → 1,000 (2,000). */
    private static long oracleBase(long exact, boolean strict) {
        final long relaxed;
        if (exact < 50) {
            relaxed = 5;
        } else if (exact < 250) {
            relaxed = 25;
        } else if (exact < 500) {
            relaxed = 50;
        } else if (exact < 1_000) {
            relaxed = 100;
        } else if (exact < 2_500) {
            relaxed = 250;
        } else if (exact < 5_000) {
            relaxed = 500;
        } else {
            relaxed = 1_000;
        }
        return strict ? 2 * relaxed : relaxed;
    }

    private static Contributions contributions(String list) {
        return Contributions.of(List.of(list.split(",")).stream()
                .map(String::strip)
                .map(Long::parseLong)
                .toList());
    }
}
