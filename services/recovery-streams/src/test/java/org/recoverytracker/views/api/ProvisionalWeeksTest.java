package org.recoverytracker.views.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.topology.Measures;

class ProvisionalWeeksTest {

    /** The week of Monday 2 to Sunday 8 November 2026 stays provisional up to Sunday 29 November. */
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 2);

    @Test
    void aWeekIsProvisionalUntilTwentyOneDaysAfterItEnds() {
        assertThat(on("2026-11-29T23:59:00Z", 21).isProvisional(WEEK)).isTrue();
        assertThat(on("2026-11-30T00:30:00Z", 21).isProvisional(WEEK)).isFalse();
        assertThat(on("2026-11-09T00:30:00Z", 0).isProvisional(WEEK)).isFalse();
        assertThat(on("2026-11-08T12:00:00Z", 0).isProvisional(WEEK)).isTrue();
    }

    @Test
    void everyWeekFromTheEarliestProvisionalStartIsProvisionalAndNoneBefore() {
        for (int days : new int[] {0, 1, 21, 60}) {
            for (String now : List.of("2026-11-29T23:59:00Z", "2026-11-30T00:30:00Z", "2026-12-02T10:00:00Z")) {
                final ProvisionalWeeks weeks = on(now, days);
                final LocalDate earliest = weeks.earliestProvisionalStart();
                for (LocalDate monday = WEEK.minusWeeks(12);
                        monday.isBefore(WEEK.plusWeeks(6));
                        monday = monday.plusWeeks(1)) {
                    assertThat(weeks.isProvisional(monday))
                            .as("week of %s, %d days, at %s", monday, days, now)
                            .isEqualTo(!monday.isBefore(earliest));
                }
            }
        }
    }

    @Test
    void weeklyRowsSayWhichWeeksAreProvisional() {
        final List<ViewResponses.WeekSummary> rows = on("2026-12-02T10:00:00Z", 21)
                .summaries(
                        List.of(new WeekEntry(WEEK, Measures.NONE), new WeekEntry(WEEK.plusWeeks(2), Measures.NONE)));

        assertThat(rows).extracting(ViewResponses.WeekSummary::provisional).containsExactly(false, true);
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> on("2026-12-02T10:00:00Z", -1)).hasMessageContaining("provisional-days");
    }

    private static ProvisionalWeeks on(String instant, int days) {
        return new ProvisionalWeeks(Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London")), days);
    }
}
