package org.recoverytracker.views.it;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** The contract's measures as the Views API names them, read from a view's JSON. */
final class ViewMeasures {

    static final List<String> NAMES = List.of(
            "jobsAtRisk",
            "jobsLost",
            "jobsSafeguarded",
            "jobsCreated",
            "greenJobsCreated",
            "supportAwardedPence",
            "greenInvestmentPence",
            "netJobChange",
            "events");

    private ViewMeasures() {}

    /** Each measure of a view (a place, a sector, a week, ...), by name. */
    static Map<String, Long> of(JsonNode view) {
        final Map<String, Long> values = new TreeMap<>();
        NAMES.forEach(name -> values.put(name, view.get(name).asLong()));
        return values;
    }
}
