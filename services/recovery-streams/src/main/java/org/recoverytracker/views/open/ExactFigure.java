package org.recoverytracker.views.open;

import java.util.HashMap;
import java.util.Map;
import org.recoverytracker.views.topology.Measures;

/** One figure's exact make-up: what each organisation's live events add to it, by measure. */
final class ExactFigure {

    private final Map<String, Measures> byOrganisation = new HashMap<>();
    private long lastUpdated;

    void add(String organisation, Measures measures) {
        byOrganisation.merge(organisation, measures, Measures::plus);
    }

    void updatedAt(long epochMillis) {
        lastUpdated = Math.max(lastUpdated, epochMillis);
    }

    /** Each organisation's contribution to a measure, leaving out those that add nothing to it. */
    Map<String, Long> contributions(OpenMeasure measure) {
        final Map<String, Long> contributions = new HashMap<>();
        byOrganisation.forEach((organisation, measures) -> {
            final long value = measure.of(measures);
            if (value != 0) {
                contributions.put(organisation, value);
            }
        });
        return contributions;
    }

    /** The last change of a place × sector, epoch millis; 0 for other figures. */
    long lastUpdated() {
        return lastUpdated;
    }
}
