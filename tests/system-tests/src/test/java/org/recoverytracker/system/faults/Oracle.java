package org.recoverytracker.system.faults;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.recoverytracker.reference.ReferenceData;
import tools.jackson.databind.JsonNode;

/**
 * What the clients were told, in the style of Kafka's own EOS test checker: for every identity,
 * the latest version a 2xx acknowledged (or its retraction). The views must equal the measures of
 * exactly these events — each counted once in its latest form, refused ones never.
 */
final class Oracle {

    /** An acknowledged state of one identity: its event, or null once retracted. */
    private record State(String kind, JsonNode event) {}

    private final Map<String, State> acknowledged = new ConcurrentHashMap<>();

    /** Every version of every identity a client began to send, whether or not it was acknowledged yet. */
    private final Map<String, List<State>> sent = new ConcurrentHashMap<>();

    /** A client is about to send this put: from now on the views may count it. */
    void sending(String kind, String partner, String eventId, JsonNode event) {
        sent.computeIfAbsent(kind + "|" + partner + "/" + eventId, identity -> new CopyOnWriteArrayList<>())
                .add(new State(kind, event));
    }

    /**
     * The most that the puts sent so far can make within a place, a region or the UK ({@code
     * scope}: a GSS code, an ITL1 code, or null): no answer may show more. Each identity counts once,
     * in whichever of its versions sent within the scope is largest, measure by measure; for an
     * add-only workload (one version each) that is simply the sum of everything sent.
     */
    Figures sentWithin(String scope) {
        return sent.values().stream()
                .map(versions -> versions.stream()
                        .filter(state -> scope == null
                                || within(state.event().get("place").asString(), scope))
                        .map(state -> Figures.of(state.kind(), state.event()))
                        .reduce(Figures::max)
                        .orElse(Figures.NONE))
                .reduce(Figures.NONE, Figures::plus);
    }

    private static boolean within(String place, String scope) {
        return place.equals(scope)
                || ReferenceData.uk().place(place).orElseThrow().region().code().equals(scope);
    }

    void acknowledgedPut(String kind, String partner, String eventId, JsonNode event) {
        acknowledged.put(kind + "|" + partner + "/" + eventId, new State(kind, event));
    }

    void acknowledgedRetraction(String kind, String partner, String eventId) {
        acknowledged.put(kind + "|" + partner + "/" + eventId, new State(kind, null));
    }

    /** The expected measures per {@code place|sector}, from the contract's definitions. */
    Map<String, Figures> expectedSectors() {
        final Map<String, Figures> sectors = new TreeMap<>();
        acknowledged.values().stream()
                .filter(state -> state.event() != null)
                .forEach(state -> sectors.merge(
                        state.event().get("place").asString() + "|"
                                + state.event().get("sector").asString(),
                        Figures.of(state.kind(), state.event()),
                        Figures::plus));
        return sectors;
    }

    /** The expected UK weekly series: the Monday of each week with live events → its measures. */
    Map<String, Figures> expectedUkWeeks() {
        final Map<String, Figures> weeks = new TreeMap<>();
        acknowledged.values().stream().filter(state -> state.event() != null).forEach(state -> {
            final LocalDate occurredOn =
                    LocalDate.parse(state.event().get("occurredOn").asString());
            weeks.merge(
                    occurredOn
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .toString(),
                    Figures.of(state.kind(), state.event()),
                    Figures::plus);
        });
        return weeks;
    }

    /** The expected measures of each ITL1 region with live events, the sum of its places'. */
    Map<String, Figures> expectedRegions() {
        final Map<String, Figures> regions = new TreeMap<>();
        expectedSectors()
                .forEach((cell, figures) -> regions.merge(
                        ReferenceData.uk()
                                .place(cell.split("\\|")[0])
                                .orElseThrow()
                                .region()
                                .code(),
                        figures,
                        Figures::plus));
        return regions;
    }

    /** The expected UK measures per sector. */
    Map<String, Figures> expectedUkSectors() {
        final Map<String, Figures> sectors = new TreeMap<>();
        expectedSectors().forEach((cell, figures) -> sectors.merge(cell.split("\\|")[1], figures, Figures::plus));
        return sectors;
    }

    /** The expected UK totals. */
    Figures expectedUk() {
        return expectedSectors().values().stream().reduce(Figures.NONE, Figures::plus);
    }

    int liveEvents() {
        return (int) acknowledged.values().stream()
                .filter(state -> state.event() != null)
                .count();
    }
}
