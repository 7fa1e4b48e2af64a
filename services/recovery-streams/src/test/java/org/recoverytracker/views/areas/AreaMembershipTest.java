package org.recoverytracker.views.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.recoverytracker.views.areas.AreaDefinition.Member;
import org.recoverytracker.views.query.ViewSums;
import org.recoverytracker.views.query.WeekCell;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.topology.Measures;

/** Which week views count in an area: a member's, in each ISO week its period overlaps by a day or more. */
class AreaMembershipTest {

    private static final String HOUNSLOW = "E09000018";
    private static final String EALING = "E09000009";

    /** Four Mondays in a row. */
    private static final LocalDate WEEK_1 = LocalDate.of(2021, 3, 1);

    private static final LocalDate WEEK_2 = LocalDate.of(2021, 3, 8);
    private static final LocalDate WEEK_3 = LocalDate.of(2021, 3, 15);
    private static final LocalDate WEEK_4 = LocalDate.of(2021, 3, 22);

    @Test
    void countsAMemberOnlyInTheWeeksItBelongs() {
        // Ealing joins on the Wednesday of week 2 and leaves on the Tuesday of week 3.
        final AreaDefinition area = area(
                new Member(HOUNSLOW, null, null),
                new Member(EALING, LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 16)));

        assertThat(weeklyJobsLost(area, everyWeekOf(HOUNSLOW, 1), everyWeekOf(EALING, 10)))
                .isEqualTo(Map.of(WEEK_1, 1L, WEEK_2, 11L, WEEK_3, 11L, WEEK_4, 1L));
    }

    @Test
    void aPeriodOfWholeWeeksReachesNoOtherWeek() {
        // From the Monday of week 2 to the Sunday of week 3.
        final AreaDefinition area = area(new Member(EALING, WEEK_2, LocalDate.of(2021, 3, 21)));

        assertThat(weeklyJobsLost(area, everyWeekOf(EALING, 10))).isEqualTo(Map.of(WEEK_2, 10L, WEEK_3, 10L));
    }

    @Test
    void aMembershipOfOneDayCountsItsWholeWeek() {
        final AreaDefinition area = area(new Member(EALING, LocalDate.of(2021, 3, 14), LocalDate.of(2021, 3, 14)));

        assertThat(weeklyJobsLost(area, everyWeekOf(EALING, 10))).isEqualTo(Map.of(WEEK_2, 10L));
    }

    @Test
    void countsAPlaceListedTwiceOncePerWeek() {
        // Out on Wednesday of week 2, back on its Friday: both periods overlap week 2.
        final AreaDefinition area = area(
                new Member(EALING, null, LocalDate.of(2021, 3, 10)),
                new Member(EALING, LocalDate.of(2021, 3, 12), null));

        assertThat(weeklyJobsLost(area, everyWeekOf(EALING, 10)))
                .isEqualTo(Map.of(WEEK_1, 10L, WEEK_2, 10L, WEEK_3, 10L, WEEK_4, 10L));
    }

    @Test
    void aPlaceThatIsNoMemberNeverCounts() {
        final AreaDefinition area = area(new Member(HOUNSLOW, WEEK_3, null));

        assertThat(weeklyJobsLost(area, everyWeekOf(HOUNSLOW, 1), everyWeekOf(EALING, 10)))
                .isEqualTo(Map.of(WEEK_3, 1L, WEEK_4, 1L));
    }

    @Test
    void onlyItsOwnerSeesAPrivateArea() {
        final AreaDefinition open = area(new Member(HOUNSLOW, null, null));
        final AreaDefinition closed = new AreaDefinition("mine", "hounslow-council", "Mine", false, open.members());

        assertThat(open.visibleTo(null)).isTrue();
        assertThat(open.visibleTo("bradford-council")).isTrue();
        assertThat(closed.visibleTo(null)).isFalse();
        assertThat(closed.visibleTo("bradford-council")).isFalse();
        assertThat(closed.visibleTo("hounslow-council")).isTrue();
    }

    private static AreaDefinition area(Member... members) {
        return new AreaDefinition("west", "hounslow-council", "West", true, List.of(members));
    }

    /** A place's week views in two sectors, each week's jobs lost adding up to {@code jobsLost}. */
    private static List<WeekCell> everyWeekOf(String place, long jobsLost) {
        final List<WeekCell> cells = new ArrayList<>();
        for (LocalDate week : List.of(WEEK_1, WEEK_2, WEEK_3, WEEK_4)) {
            cells.add(new WeekCell(place, "H", week, jobsLost(jobsLost - 1)));
            cells.add(new WeekCell(place, "I", week, jobsLost(1)));
        }
        return cells;
    }

    private static Measures jobsLost(long jobs) {
        return new Measures(0, jobs, 0, 0, 0, 0, 0, 1);
    }

    @SafeVarargs
    private static Map<LocalDate, Long> weeklyJobsLost(AreaDefinition area, List<WeekCell>... places) {
        final List<WeekCell> cells = new ArrayList<>();
        for (List<WeekCell> place : places) {
            cells.addAll(place);
        }
        final Map<LocalDate, Long> weeks = new TreeMap<>();
        for (WeekEntry week : ViewSums.byWeek(area.counted(cells).stream()
                .map(cell -> new WeekEntry(cell.weekStart(), cell.measures()))
                .toList())) {
            weeks.put(week.weekStart(), week.measures().jobsLost());
        }
        return weeks;
    }
}
