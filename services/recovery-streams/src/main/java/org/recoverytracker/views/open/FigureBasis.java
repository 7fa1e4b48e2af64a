package org.recoverytracker.views.open;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a figure's published values were worked out from, kept from one release to the next
 * (rule 7): per measure, the value last published, the value first published, and each
 * organisation's contribution (under the hash of its key) when the last one was; and what the
 * figure showed in the latest release, with the day it gave as its last change.
 *
 * @param shown the latest release's values of the figure, as text, to tell whether they changed
 * @param lastUpdated the day of the last change the latest release gave; null for figures without one
 */
public record FigureBasis(Map<String, MeasureBasis> measures, String shown, LocalDate lastUpdated) {

    public FigureBasis {
        measures = Map.copyOf(measures);
    }

    /**
     * @param published the value last published; null when it never has been
     * @param first the value first published; null when it never has been
     * @param organisations each organisation's contribution behind {@code published}
     */
    public record MeasureBasis(Long published, Long first, Map<String, Long> organisations) {

        public MeasureBasis {
            organisations = Map.copyOf(organisations);
        }

        /** How many organisations contribute differently now than behind the published value. */
        int organisationsChanged(Map<String, Long> now) {
            int changed = 0;
            for (Map.Entry<String, Long> before : organisations.entrySet()) {
                if (!before.getValue().equals(now.getOrDefault(before.getKey(), 0L))) {
                    changed++;
                }
            }
            for (String organisation : now.keySet()) {
                if (!organisations.containsKey(organisation)) {
                    changed++;
                }
            }
            return changed;
        }
    }

    MeasureBasis of(OpenMeasure measure) {
        return measures.get(measure.field());
    }
}
