package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The history's keys sort as their changes happened, and a range up to an instant ends where it should. */
class ViewStoresTest {

    private static final String HOUNSLOW = "E09000018";

    @Test
    void historyKeysAreZeroPaddedPlaceTimeAndOffset() {
        assertThat(ViewStores.historyKey(HOUNSLOW, 1_700_000_000_123L, 42))
                .isEqualTo("E09000018|0000001700000000123|0000000000000000042");
        assertThat(ViewStores.historyKey(HOUNSLOW, Long.MAX_VALUE, 0))
                .isEqualTo("E09000018|9223372036854775807|0000000000000000000");
    }

    @Test
    void historyKeysSortByTimeThenOffset() {
        final Random random = new Random(7);
        final List<long[]> changes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            changes.add(new long[] {random.nextLong(Long.MAX_VALUE), random.nextInt(1_000_000)});
        }
        changes.add(new long[] {9, 10});
        changes.add(new long[] {10, 9});
        final List<String> byNumber = changes.stream()
                .sorted((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]))
                .map(change -> ViewStores.historyKey(HOUNSLOW, change[0], change[1]))
                .toList();
        assertThat(byNumber).isSorted();
    }

    @Test
    void historyEndFollowsEveryChangeUpToItsInstantAndPrecedesTheNext() {
        final String end = ViewStores.historyEnd(HOUNSLOW, 1_000);
        assertThat(ViewStores.historyKey(HOUNSLOW, 1_000, Long.MAX_VALUE)).isLessThan(end);
        assertThat(ViewStores.historyKey(HOUNSLOW, 999, 0)).isLessThan(end);
        assertThat(ViewStores.historyKey(HOUNSLOW, 1_001, 0)).isGreaterThan(end);
        assertThat(ViewStores.historyKey("E09000019", 0, 0)).isGreaterThan(end);
    }
}
