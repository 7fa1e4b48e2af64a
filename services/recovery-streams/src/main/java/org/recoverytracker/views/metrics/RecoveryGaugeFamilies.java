package org.recoverytracker.views.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.topology.Measures;

/**
 * The contract's recovery gauges in the Prometheus text exposition format, one family per measure
 * with labels {@code place}, {@code sector} and {@code region} (and {@code application}, like every
 * other metric of the service). Money is exported in pounds. Beside them,
 * {@code recovery_place_info} names each of the places.
 *
 * <p>Written here rather than through Micrometer because two of the contract's names,
 * {@code recovery_jobs_created} and {@code recovery_green_jobs_created}, end in {@code _created},
 * a suffix the Prometheus Java client reserves for counters and silently strips. Both the
 * Prometheus text format and OpenMetrics accept it on a gauge.
 */
final class RecoveryGaugeFamilies {

    private record Family(String name, String help, ToDoubleFunction<Measures> value) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("recovery_jobs_at_risk", "Jobs in proposed redundancies (HR1 notifications)", Measures::jobsAtRisk),
            new Family("recovery_jobs_lost", "Jobs in confirmed redundancies", Measures::jobsLost),
            new Family("recovery_jobs_safeguarded", "Jobs safeguarded by business support", Measures::jobsSafeguarded),
            new Family("recovery_jobs_created", "Jobs created by business support and green investment", Measures::jobsCreated),
            new Family("recovery_green_jobs_created", "Green jobs created", Measures::greenJobsCreated),
            new Family("recovery_support_awarded_pounds", "Business support awarded, in pounds",
                    measures -> measures.supportAwardedPence() / 100.0),
            new Family("recovery_green_investment_pounds", "Green investment, in pounds",
                    measures -> measures.greenInvestmentPence() / 100.0),
            new Family("recovery_net_job_change", "Jobs created less jobs lost", Measures::netJobChange),
            new Family("recovery_events", "Live events", Measures::events));

    static final String PLACE_INFO = "recovery_place_info";

    private RecoveryGaugeFamilies() {
    }

    static String write(List<SectorEntry> views, String application) {
        final StringBuilder text = new StringBuilder();
        for (Family family : FAMILIES) {
            text.append("# HELP ").append(family.name()).append(' ').append(family.help()).append('\n');
            text.append("# TYPE ").append(family.name()).append(" gauge\n");
            for (SectorEntry view : views) {
                text.append(family.name())
                        .append("{application=\"").append(application)
                        .append("\",place=\"").append(view.place())
                        .append("\",region=\"").append(regionOf(view.place()))
                        .append("\",sector=\"").append(view.sector())
                        .append("\"} ").append(String.format(Locale.ROOT, "%s", family.value().applyAsDouble(view.measures())))
                        .append('\n');
            }
        }
        writePlaceInfo(views, application, text);
        return text.toString();
    }

    /**
     * {@code recovery_place_info}: 1 for each place of the views, with its names as labels, so that
     * dashboards can offer places by name and still select the gauges by code.
     */
    private static void writePlaceInfo(List<SectorEntry> views, String application, StringBuilder text) {
        text.append("# HELP ").append(PLACE_INFO).append(" A place's names (1 for each place with gauges here)\n");
        text.append("# TYPE ").append(PLACE_INFO).append(" gauge\n");
        final Set<String> places = new TreeSet<>();
        views.forEach(view -> places.add(view.place()));
        for (String code : places) {
            ReferenceData.uk().place(code).ifPresent(place -> text.append(PLACE_INFO)
                    .append("{application=\"").append(application)
                    .append("\",nation=\"").append(labelValue(place.nation().displayName()))
                    .append("\",place=\"").append(code)
                    .append("\",place_name=\"").append(labelValue(place.name()))
                    .append("\",region=\"").append(place.region().code())
                    .append("\",region_name=\"").append(labelValue(place.region().name()))
                    .append("\"} 1\n"));
        }
    }

    /** A label value as the text format wants it: backslash, double quote and newline escaped. */
    static String labelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String regionOf(String place) {
        return ReferenceData.uk().place(place).map(known -> known.region().code()).orElse("");
    }
}
