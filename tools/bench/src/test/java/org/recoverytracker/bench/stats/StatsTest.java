package org.recoverytracker.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentileIsTheNearestRankNeverAnInterpolation() {
        final long[] hundred = new long[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = i + 1;
        }
        assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
        assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
        assertThat(Stats.percentile(hundred, 100)).isEqualTo(100);
        assertThat(Stats.percentile(new long[] {3, 7}, 50)).isEqualTo(3);
        assertThat(Stats.percentile(new long[] {3, 7}, 99)).isEqualTo(7);
        assertThat(Stats.percentile(new long[] {42}, 1)).isEqualTo(42);
    }

    @Test
    void aP99OfFewSamplesIsTheirWorst() {
        assertThat(Stats.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1000}, 99))
                .isEqualTo(1000);
    }

    @Test
    void percentileOfNothingOrOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Stats.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(5, 1, 3)).isEqualTo(3);
        assertThat(Stats.median(4, 1, 3, 2)).isEqualTo(2.5);
        assertThat(Stats.median(7)).isEqualTo(7);
    }

    @Test
    void millisAndRates() {
        assertThat(Stats.percentileMillis(new long[] {2_500_000}, 50)).isEqualTo(2.5);
        assertThat(Stats.perSecond(500, 250_000_000)).isEqualTo(2000);
    }

    @Test
    void samplesGrowAndMerge() {
        final Samples first = new Samples();
        for (int i = 2000; i > 0; i--) {
            first.add(i);
        }
        final Samples second = new Samples();
        second.add(0);
        final long[] all = Samples.merge(List.of(first, second)).sorted();
        assertThat(all).hasSize(2001);
        assertThat(all[0]).isZero();
        assertThat(all[2000]).isEqualTo(2000);
    }
}
