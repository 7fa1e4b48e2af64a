package org.recoverytracker.views.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
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
 * be revised. {@code recovery_area_*} (one family per measure, labels {@code area} and
 * {@code sector}) gives the public areas partners defined, each instance the part from the member
 * places it holds, so that {@code sum()} across instances is an area's figure; beside them
 * {@code recovery_area_info} names each area.
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

    /** The families of public areas: {@code recovery_area_jobs_lost{area,sector}}. */
    private static final String AREA = "recovery_area_";

    static final String AREA_INFO = "recovery_area_info";

    private RecoveryGaugeFamilies() {}

    /**
     * @param provisional the views counting only their weeks still provisional, for those that have any
     * @param areas the public areas' sector views, of the member places this instance holds
     */
    static String write(
            List<SectorEntry> views, List<SectorEntry> provisional, List<AreaView> areas, String application) {
        final StringBuilder text = new StringBuilder();
        writeFamilies(text, placeLabels(views, application), measures(views, SectorEntry::measures), "", "");
        writeFamilies(
                text,
                placeLabels(provisional, application),
                measures(provisional, SectorEntry::measures),
                PROVISIONAL,
                ", in weeks still provisional");
        writePlaceInfo(views, application, text);
        writeFamilies(
                text,
                areas.stream()
                        .map(area -> "{application=\"" + application + "\",area=\"" + labelValue(area.area())
                                + "\",sector=\"" + area.sector() + "\"} ")
                        .toList(),
                measures(areas, AreaView::measures),
                AREA,
                ", in a public area partners defined (the part from its member places held here)");
        writeAreaInfo(areas, application, text);
        return text.toString();
    }

    /** Each view's labels once, not once per family: a scrape writes every view nine times. */
    private static List<String> placeLabels(List<SectorEntry> views, String application) {
        return views.stream()
                .map(view -> "{application=\"" + application
                        + "\",place=\"" + view.place()
                        + "\",region=\"" + regionOf(view.place())
                        + "\",sector=\"" + view.sector() + "\"} ")
                .toList();
    }

    private static <T> List<Measures> measures(List<T> views, Function<T, Measures> measures) {
        return views.stream().map(measures).toList();
    }

    /** Every family for these series: {@code labels} and {@code measures} are of the same series, in order. */
    private static void writeFamilies(
            StringBuilder text, List<String> labels, List<Measures> measures, String namePrefix, String helpSuffix) {
        for (Family family : FAMILIES) {
            final String name = namePrefix.isEmpty()
                    ? family.name()
                    : namePrefix + family.name().substring(RECOVERY.length());
            writeHeader(text, name, family.help() + helpSuffix);
            for (int i = 0; i < labels.size(); i++) {
                text.append(name)
                        .append(labels.get(i))
                        .append(family.value().applyAsDouble(measures.get(i)))
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

    /**
     * {@code recovery_area_info}: 1 for each area with gauges here, named, so that dashboards offer
     * areas by name.
     */
    private static void writeAreaInfo(List<AreaView> areas, String application, StringBuilder text) {
        writeHeader(text, AREA_INFO, "A public area's name (1 for each area with gauges here)");
        final Map<String, String> names = new TreeMap<>();
        areas.forEach(area -> names.put(area.area(), area.name()));
        names.forEach((area, name) -> text.append(AREA_INFO)
                .append("{application=\"")
                .append(application)
                .append("\",area=\"")
                .append(labelValue(area))
                .append("\",area_name=\"")
                .append(labelValue(name))
                .append("\"} 1\n"));
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
