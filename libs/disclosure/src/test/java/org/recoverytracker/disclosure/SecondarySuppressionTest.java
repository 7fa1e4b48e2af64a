package org.recoverytracker.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rule 6 of {@code sdc-1}: over random tables, no published total leaves exactly one part
 * suppressed, so no part can be worked out by subtraction; and what primary suppression published
 * stays published unless the rule needs it.
 */
class SecondarySuppressionTest {

    @Test
    void suppressesTheSmallestOtherPartBesideALoneSuppressedOne() {
        final List<Contributions> sectors = List.of(
                Contributions.of(List.of(300L)), // one employer: confidential
                Contributions.of(List.of(40L, 30L, 20L)),
                Contributions.of(List.of(10L, 10L, 10L)));
        final Contributions place = Contributions.of(List.of(300L, 40L, 30L, 20L, 10L, 10L, 10L));

        final SecondarySuppression.Table table = SecondarySuppression.protect(
                Sdc1.jobs(place),
                sectors.stream().map(Sdc1::jobs).toList(),
                sectors.stream().map(Contributions::total).toList());

        assertThat(table.total().published()).isTrue();
        assertThat(table.parts()).extracting(OpenFigure::published).containsExactly(false, true, false);
    }

    @Test
    void suppressesTheTotalWhenNoOtherPartCanBe() {
        final SecondarySuppression.Table table =
                SecondarySuppression.protect(OpenFigure.of(100), List.of(OpenFigure.confidential()), List.of(100L));

        assertThat(table.total().published()).isFalse();
    }

    @Test
    void noPublishedTotalRevealsASingleSuppressedPart() {
        final Random random = new Random(6);
        for (int i = 0; i < 5_000; i++) {
            final List<List<Long>> parts = new ArrayList<>();
            final int size = 1 + random.nextInt(8);
            for (int part = 0; part < size; part++) {
                final List<Long> organisations = new ArrayList<>();
                final int count = random.nextInt(5);
                for (int organisation = 0; organisation < count; organisation++) {
                    organisations.add(1L + random.nextInt(400));
                }
                parts.add(organisations);
            }
            final List<Long> all = parts.stream().flatMap(List::stream).toList();
            final List<OpenFigure> primary = parts.stream()
                    .map(part -> Sdc1.jobs(Contributions.of(part)))
                    .toList();

            final SecondarySuppression.Table table = SecondarySuppression.protect(
                    Sdc1.jobs(Contributions.of(all)),
                    primary,
                    parts.stream()
                            .map(part ->
                                    part.stream().mapToLong(Long::longValue).sum())
                            .toList());

            final long suppressed =
                    table.parts().stream().filter(part -> !part.published()).count();
            if (table.total().published()) {
                assertThat(suppressed).as("%s", parts).isNotEqualTo(1);
            }
            for (int part = 0; part < size; part++) {
                if (!primary.get(part).published()) {
                    assertThat(table.parts().get(part).published()).isFalse();
                }
            }
            assertThat(suppressed - primary.stream().filter(p -> !p.published()).count())
                    .as("at most one more part is suppressed")
                    .isBetween(0L, 1L);
        }
    }
}
