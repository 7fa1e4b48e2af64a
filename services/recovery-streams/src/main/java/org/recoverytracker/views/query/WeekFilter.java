package org.recoverytracker.views.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which weeks a weekly series covers: weeks whose start lies between {@code from} and {@code to}
 * (inclusive; either may be null for no bound), of one sector or (null) all.
 */
public record WeekFilter(String sector, LocalDate from, LocalDate to) {

    public boolean includes(String entrySector, LocalDate weekStart) {
        return (sector == null || sector.equals(entrySector))
                && (from == null || !weekStart.isBefore(from))
                && (to == null || !weekStart.isAfter(to));
    }

    /**
     * The filter as the query of a peer request ({@code ?sector=..&from=..&to=..}, empty when it
     * filters nothing), with {@code scope} ({@code name=value}, or empty) added.
     */
    public String query(String scope) {
        final List<String> parameters = new ArrayList<>();
        if (!scope.isEmpty()) {
            parameters.add(scope);
        }
        if (sector != null) {
            parameters.add("sector=" + sector);
        }
        if (from != null) {
            parameters.add("from=" + from);
        }
        if (to != null) {
            parameters.add("to=" + to);
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }
}
