package org.recoverytracker.views.query;

import java.time.LocalDate;

/**
 * Which weeks a weekly series covers: weeks whose start lies between {@code from} and {@code to}
 * (inclusive; either may be null for no bound), of one sector or (null) all.
 */
public record WeekFilter(String sector, LocalDate from, LocalDate to) {

    boolean includes(String entrySector, LocalDate weekStart) {
        return (sector == null || sector.equals(entrySector))
                && (from == null || !weekStart.isBefore(from))
                && (to == null || !weekStart.isAfter(to));
    }
}
