package org.recoverytracker.views.page;

import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The measures of one view, read from the Views API's JSON as it gives them. What the template
 * calls is public: Spring's expression language calls only public methods.
 */
record Figures(Map<Measure, Long> values) {

    Figures {
        values = Map.copyOf(values);
    }

    /** Reads every measure from a view's JSON; a view without one of them is a broken contract. */
    static Figures from(JsonNode view) {
        final Map<Measure, Long> values = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            final JsonNode value = view.get(measure.key());
            if (value == null || !value.isIntegralNumber()) {
                throw new IllegalStateException("The Views API answered without the measure " + measure.key() + ": " + view);
            }
            values.put(measure, value.longValue());
        }
        return new Figures(values);
    }

    long of(Measure measure) {
        return values.get(measure);
    }

    /** The measure as the page writes it. */
    public String shown(Measure measure) {
        return FigureFormat.show(measure, of(measure));
    }

    /** This figure as a share of the same figure of a larger area. */
    public String shareOf(Figures whole, Measure measure) {
        return FigureFormat.share(of(measure), whole.of(measure));
    }
}
