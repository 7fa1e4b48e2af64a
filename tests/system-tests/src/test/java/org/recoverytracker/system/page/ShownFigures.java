package org.recoverytracker.system.page;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Figures as the page shows them ("1,200", "+42", "£25,000.50", "Confidential [c]") read back into
 * the open Views API's integers (1200, 42, 2500050 pence, null), so that a test can say "the page
 * shows what the API says" without writing the page's formatting a second time. GSS symbols after
 * a figure ("100 [p]") are left off: the page's own tests check them.
 */
final class ShownFigures {

    /** The contract's measures, as the API names them. */
    static final List<String> MEASURES = List.of(
            "jobsAtRisk",
            "jobsLost",
            "jobsSafeguarded",
            "jobsCreated",
            "greenJobsCreated",
            "supportAwardedPence",
            "greenInvestmentPence",
            "netJobChange",
            "events");

    private ShownFigures() {}

    /**
     * A shown figure as the API's integer: money in pence, counts as they are; null for one that is
     * not published, 0 for one that is low (not zero, but rounds to it).
     */
    static Long parse(String shown) {
        final String text = shown.replaceAll("\\s*\\[[a-z, ]+]$", "").strip();
        if (text.equals("Confidential") || text.equals("Not published")) {
            return null;
        }
        if (text.equals("Low")) {
            return 0L;
        }
        final boolean money = text.contains("£");
        final String digits = text.replace("£", "").replace(",", "").replace("+", "");
        if (!digits.matches("-?\\d+(\\.\\d{2})?")) {
            throw new AssertionError("'" + shown + "' is not a figure as the dashboard writes one");
        }
        final BigDecimal value = new BigDecimal(digits);
        return (money ? value.movePointRight(2) : value).longValueExact();
    }

    /** Every shown figure, by measure, as the API's integers. */
    static Map<String, Long> parse(Map<String, String> shown) {
        final Map<String, Long> figures = new LinkedHashMap<>();
        shown.forEach((measure, text) -> figures.put(measure, parse(text)));
        return figures;
    }

    /** The measures of an API view (a place, region, UK, sector or week). */
    static Map<String, Long> of(JsonNode view) {
        final Map<String, Long> figures = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            figures.put(measure, value(view, measure));
        }
        return figures;
    }

    /** Only the given measures of an API view, for tables that show some of them. */
    static Map<String, Long> of(JsonNode view, Iterable<String> measures) {
        final Map<String, Long> figures = new LinkedHashMap<>();
        for (String measure : measures) {
            figures.put(measure, value(view, measure));
        }
        return figures;
    }

    /** A measure of an API view: null when the open views don't publish it. */
    private static Long value(JsonNode view, String measure) {
        final JsonNode value = view.required(measure);
        return value.isNull() ? null : value.longValue();
    }

    /** The GSS symbols of every measure of an open API view, as the page's cells carry them: "c", "p r", or "". */
    static Map<String, String> flags(JsonNode view) {
        final Map<String, String> flags = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            flags.put(
                    measure,
                    String.join(
                            " ",
                            view.path("flags")
                                    .path(measure)
                                    .valueStream()
                                    .map(JsonNode::asString)
                                    .toList()));
        }
        return flags;
    }
}
