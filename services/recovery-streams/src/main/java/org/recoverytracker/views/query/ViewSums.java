package org.recoverytracker.views.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.recoverytracker.views.topology.Measures;

/** Sums of views: every rollup is the sum of the place × sector and week views below it. */
public final class ViewSums {

    private ViewSums() {}

    public static Measures total(Collection<SectorEntry> entries) {
        return sum(entries.stream().map(SectorEntry::measures).toList());
    }

    /** A view's totals from its sectors' (or any parts'). */
    public static Measures sum(Collection<Measures> parts) {
        return parts.stream().reduce(Measures.NONE, Measures::plus);
    }

    /** Sums by a key of the entries (place, sector), in key order. */
    public static Map<String, Measures> by(Collection<SectorEntry> entries, Function<SectorEntry, String> key) {
        return by(entries, key, SectorEntry::measures);
    }

    /** Sums by a key of any entries holding measures, in key order. */
    public static <E> Map<String, Measures> by(
            Collection<E> entries, Function<E, String> key, Function<E, Measures> measures) {
        final Map<String, Measures> sums = new TreeMap<>();
        entries.forEach(entry -> sums.merge(key.apply(entry), measures.apply(entry), Measures::plus));
        return sums;
    }

    /** Sums by week, ascending, leaving out weeks with no live events. */
    public static List<WeekEntry> byWeek(Collection<WeekEntry> entries) {
        final Map<LocalDate, Measures> sums = new TreeMap<>();
        entries.forEach(entry -> sums.merge(entry.weekStart(), entry.measures(), Measures::plus));
        return sums.entrySet().stream()
                .filter(week -> !week.getValue().isEmpty())
                .map(week -> new WeekEntry(week.getKey(), week.getValue()))
                .toList();
    }
}
