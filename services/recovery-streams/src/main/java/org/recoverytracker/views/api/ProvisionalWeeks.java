package org.recoverytracker.views.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.recoverytracker.views.api.ViewResponses.WeekSummary;
import org.recoverytracker.views.query.WeekEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which weeks are still provisional: partners report late (a redundancy notified on a Friday may
 * be posted the next month), so a week's figures are marked provisional until
 * {@code recovery.views.provisional-days} (21 by default) after the week ends, then final. Days are
 * counted in UK time. Public so that the dashboard page, hosted by this service, marks the same weeks
 * as the API.
 */
@Component
public final class ProvisionalWeeks {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock clock;
    private final int provisionalDays;

    @Autowired
    ProvisionalWeeks(@Value("${recovery.views.provisional-days:21}") int provisionalDays) {
        this(Clock.system(UK), provisionalDays);
    }

    ProvisionalWeeks(Clock clock, int provisionalDays) {
        if (provisionalDays < 0) {
            throw new IllegalArgumentException(
                    "recovery.views.provisional-days must be 0 or more, not " + provisionalDays);
        }
        this.clock = clock;
        this.provisionalDays = provisionalDays;
    }

    /** The week starting on that Monday is provisional until {@code provisionalDays} after its Sunday. */
    public boolean isProvisional(LocalDate weekStart) {
        return wasProvisionalOn(weekStart, LocalDate.now(clock));
    }

    /** Whether the week starting on that Monday was still provisional on a day (a release's). */
    public boolean wasProvisionalOn(LocalDate weekStart, LocalDate day) {
        return day.isBefore(weekStart.plusDays(7L + provisionalDays));
    }

    /**
     * The earliest day a provisional week can start on: every week starting on or after it is
     * provisional, every week before it final.
     */
    public LocalDate earliestProvisionalStart() {
        return LocalDate.now(clock).minusDays(6L + provisionalDays);
    }

    /** How many days after its Sunday a week stays provisional. */
    public int days() {
        return provisionalDays;
    }

    List<WeekSummary> summaries(List<WeekEntry> weeks) {
        return weeks.stream()
                .map(week -> new WeekSummary(week.weekStart(), week.measures(), isProvisional(week.weekStart())))
                .toList();
    }
}
