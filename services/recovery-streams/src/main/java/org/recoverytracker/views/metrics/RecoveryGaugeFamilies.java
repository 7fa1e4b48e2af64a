package org.recoverytracker.views.metrics;

import java.util.List;
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
 * {@code recovery_place_info} names each of the places, and {@code recovery_provisional_*} (one
 * family per measure, the same labels) gives the part of each figure that comes from weeks still
 * provisional, for the views that have any: dashboards show it apart, as the part most likely to
 * be revised.
 *
 * <p>Written here rather than through Micrometer because two of the contract's names,
 * {@code recovery_jobs_created} and {@code recovery_green_jobs_created}, end in {@code _created},
 * a suffix the Prometheus Java client reserves for counters and silently strips. Both the
 * Prometheus text format and OpenMetrics accept it on a gauge.
 */
final class RecoveryGaugeFamilies {

    private record Family(String name, String help, ToDoubleFunction<Measures> value) {}

    private static final List<Family> FAMILIES = List.of(
            new Family(
                    "recovery_jobs_at_risk", "Jobs in proposed redundancies (HR1 notifications)", Measures::jobsAtRisk),
            new Family("recovery_jobs_lost", "Jobs in confirmed redundancies", Measures::jobsLost),
            new Family("recovery_jobs_safeguarded", "Jobs safeguarded by business support", Measures::jobsSafeguarded),
            new Family(
                    "recovery_jobs_created",
                    "Jobs created by business support and green investment",
                    Measures::jobsCreated),
            new Family("recovery_green_jobs_created", "Green jobs created", Measures::greenJobsCreated),
            new Family(
                    "recovery_support_awarded_pounds",
                    "Business support awarded, in pounds",
                    measures -> measures.supportAwardedPence() / 100.0),
            new Family(
                    "recovery_green_investment_pounds",
                    "Green investment, in pounds",
                    measures -> measures.greenInvestmentPence() / 100.0),
            new Family("recovery_net_job_change", "Jobs created less jobs lost", Measures::netJobChange),
            new Family("recovery_events", "Live events", Measures::events));

    static final String PLACE_INFO = "recovery_place_info";

    /** How every family's name starts; the provisional part's replaces it: {@code recovery_provisional_jobs_lost}. */
    private static final String RECOVERY = "recovery_";

    private static final String PROVISIONAL = "recovery_provisional_";

    private RecoveryGaugeFamilies() {}

    /**
     * @param provisional the views counting only their weeks still provisional, for those that have any
     */
    static String write(List<SectorEntry> views, List<SectorEntry> provisional, String application) {
        final StringBuilder text = new StringBuilder();
        writeFamilies(text, views, application, "", "");
        writeFamilies(text, provisional, application, PROVISIONAL, ", in weeks still provisional");
        writePlaceInfo(views, application, text);
        return text.toString();
    }

    private static void writeFamilies(
            StringBuilder text, List<SectorEntry> views, String application, String namePrefix, String helpSuffix) {
        // Each view's labels once, not once per family: a scrape writes every view nine times.
        final List<String> labels = views.stream()
                .map(view -> "{application=\"" + application
                        + "\",place=\"" + view.place()
                        + "\",region=\"" + regionOf(view.place())
                        + "\",sector=\"" + view.sector() + "\"} ")
                .toList();
        for (Family family : FAMILIES) {
            final String name = namePrefix.isEmpty()
                    ? family.name()
                    : namePrefix + family.name().substring(RECOVERY.length());
            writeHeader(text, name, family.help() + helpSuffix);
            for (int i = 0; i < views.size(); i++) {
                text.append(name)
                        .append(labels.get(i))
                        .append(family.value().applyAsDouble(views.get(i).measures()))
                        .append('\n');
            }
        }
    }

    private static void writeHeader(StringBuilder text, String name, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
    }

    /**
     * {@code recovery_place_info}: 1 for each place of the views, with its names as labels, so that
     * dashboards can offer places by name and still select the gauges by code.
     */
    private static void writePlaceInfo(List<SectorEntry> views, String application, StringBuilder text) {
        writeHeader(text, PLACE_INFO, "A place's names (1 for each place with gauges here)");
        final Set<String> places = new TreeSet<>();
        views.forEach(view -> places.add(view.place()));
        for (String code : places) {
            ReferenceData.uk()
                    .place(code)
                    .ifPresent(place -> text.append(PLACE_INFO)
                            .append("{application=\"")
                            .append(application)
                            .append("\",nation=\"")
                            .append(labelValue(place.nation().displayName()))
                            .append("\",place=\"")
                            .append(code)
                            .append("\",place_name=\"")
                            .append(labelValue(place.name()))
                            .append("\",region=\"")
                            .append(place.region().code())
                            .append("\",region_name=\"")
                            .append(labelValue(place.region().name()))
                            .append("\"} 1\n"));
        }
    }

    /** A label value as the text format wants it: backslash, double quote and newline escaped. */
    static String labelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String regionOf(String place) {
        return ReferenceData.uk()
                .place(place)
                .map(known -> known.region().code())
                .orElse("");
    }
}
