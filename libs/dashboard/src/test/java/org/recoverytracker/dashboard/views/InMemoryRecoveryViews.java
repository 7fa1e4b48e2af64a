package org.recoverytracker.dashboard.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.recoverytracker.reference.ReferenceData;

/**
 * The views held in memory, for the dashboard's tests: the areas a test puts in, everything else
 * with no live events, and any view a test names unavailable, as while the views move between
 * instances. It writes down what was asked, so a test can tell that nothing was.
 */
public final class InMemoryRecoveryViews implements RecoveryViews {

    /** The Views API's own default, so that the page reads as it does in service unless a test says otherwise. */
    public static final int DEFAULT_PROVISIONAL_DAYS = 21;

    private final Map<String, AreaFigures> places = new ConcurrentHashMap<>();
    private final Map<String, List<Week>> placeWeeks = new ConcurrentHashMap<>();
    private final Map<String, AreaFigures> regions = new ConcurrentHashMap<>();
    private final Map<String, List<Week>> regionWeeks = new ConcurrentHashMap<>();
    private final Map<String, AreaFigures> publicAreas = new ConcurrentHashMap<>();
    private final Map<String, PublicArea> publicAreaDefinitions = new ConcurrentHashMap<>();
    private final Map<String, List<Week>> publicAreaWeeks = new ConcurrentHashMap<>();
    private final Map<String, AreaFigures> uk = new ConcurrentHashMap<>();
    private final Map<String, List<Week>> ukWeeks = new ConcurrentHashMap<>();
    private final Map<String, FigureProvenance> provenance = new ConcurrentHashMap<>();
    private final Map<String, BaselineIndex> baselines = new ConcurrentHashMap<>();
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile int provisionalDays = DEFAULT_PROVISIONAL_DAYS;

    public InMemoryRecoveryViews place(AreaFigures place, List<Week> weeks) {
        places.put(place.code(), place);
        placeWeeks.put(place.code(), List.copyOf(weeks));
        return this;
    }

    public InMemoryRecoveryViews region(AreaFigures region, List<Week> weeks) {
        regions.put(region.code(), region);
        regionWeeks.put(region.code(), List.copyOf(weeks));
        return this;
    }

    /** A public area partners defined, its code the areaId, with live events; members as {@link #definedArea}. */
    public InMemoryRecoveryViews publicArea(AreaFigures area, List<Week> weeks) {
        publicAreas.put(area.code(), area);
        publicAreaWeeks.put(area.code(), List.copyOf(weeks));
        publicAreaDefinitions.putIfAbsent(area.code(), new PublicArea(area.code(), area.name(), "test", List.of()));
        return this;
    }

    /** A public area's definition, with or without live events. */
    public InMemoryRecoveryViews definedArea(PublicArea area) {
        publicAreaDefinitions.put(area.areaId(), area);
        return this;
    }

    public InMemoryRecoveryViews uk(AreaFigures figures, List<Week> weeks) {
        uk.put(AreaFigures.UK_CODE, figures);
        ukWeeks.put(AreaFigures.UK_CODE, List.copyOf(weeks));
        return this;
    }

    /** Where the figure of a place × sector comes from, or of one week of it when {@code weekStart} is not null. */
    public InMemoryRecoveryViews provenance(String place, String sector, LocalDate weekStart, FigureProvenance figure) {
        provenance.put(cell(place, sector, weekStart), figure);
        return this;
    }

    /** An area's figures against the baseline, by its code; an area not given one has no baseline. */
    public InMemoryRecoveryViews againstBaseline(String code, BaselineIndex index) {
        baselines.put(code, index);
        return this;
    }

    /**
     * Makes a view unavailable until {@link #reset()}: named as {@link #asked()} names it, such as
     * {@code "place E09000018"}, {@code "region TLI"}, {@code "uk"}, {@code "places"} or
     * {@code "provenance E09000018 H 2020-04-13"} or {@code "againstBaseline TLI"}.
     */
    public InMemoryRecoveryViews unavailable(String view) {
        unavailable.add(view);
        return this;
    }

    /** Sets how long weeks stay provisional, until {@link #reset()}. */
    public InMemoryRecoveryViews provisionalDays(int days) {
        provisionalDays = days;
        return this;
    }

    /** Every view asked for so far, such as {@code "place E09000018"} or {@code "placeWeeks E09000018"}. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    public void reset() {
        places.clear();
        placeWeeks.clear();
        regions.clear();
        regionWeeks.clear();
        publicAreas.clear();
        publicAreaDefinitions.clear();
        publicAreaWeeks.clear();
        uk.clear();
        ukWeeks.clear();
        provenance.clear();
        baselines.clear();
        unavailable.clear();
        asked.clear();
        provisionalDays = DEFAULT_PROVISIONAL_DAYS;
    }

    @Override
    public List<PlaceFigures> places() {
        return read(
                "places",
                () -> new TreeMap<>(places)
                        .values().stream()
                                .map(place -> new PlaceFigures(
                                        place.code(),
                                        place.name(),
                                        ReferenceData.uk()
                                                .place(place.code())
                                                .orElseThrow()
                                                .region()
                                                .code(),
                                        place.total()))
                                .toList());
    }

    @Override
    public Optional<AreaFigures> place(String place) {
        return read("place " + place, () -> Optional.ofNullable(places.get(place)));
    }

    @Override
    public Optional<List<Week>> placeWeeks(String place, WeekRange weeks) {
        return read(
                "placeWeeks " + place,
                () -> Optional.ofNullable(placeWeeks.get(place)).map(all -> in(all, weeks)));
    }

    @Override
    public Optional<FigureProvenance> provenance(String place, String sector, LocalDate weekStart) {
        final String cell = cell(place, sector, weekStart);
        return read("provenance " + cell, () -> Optional.ofNullable(provenance.get(cell)));
    }

    @Override
    public Optional<AreaFigures> region(String region) {
        return read("region " + region, () -> Optional.ofNullable(regions.get(region)));
    }

    @Override
    public List<Week> regionWeeks(String region, WeekRange weeks) {
        return read("regionWeeks " + region, () -> in(regionWeeks.getOrDefault(region, List.of()), weeks));
    }

    @Override
    public Optional<AreaFigures> publicArea(String areaId) {
        return read("publicArea " + areaId, () -> Optional.ofNullable(publicAreas.get(areaId)));
    }

    @Override
    public List<PublicArea> publicAreas() {
        return read("publicAreas", () -> List.copyOf(new TreeMap<>(publicAreaDefinitions).values()));
    }

    @Override
    public Optional<PublicArea> publicAreaDefinition(String areaId) {
        return read("publicAreaDefinition " + areaId, () -> Optional.ofNullable(publicAreaDefinitions.get(areaId)));
    }

    @Override
    public List<Week> publicAreaWeeks(String areaId, WeekRange weeks) {
        return read("publicAreaWeeks " + areaId, () -> in(publicAreaWeeks.getOrDefault(areaId, List.of()), weeks));
    }

    @Override
    public Optional<AreaFigures> uk() {
        return read("uk", () -> Optional.ofNullable(uk.get(AreaFigures.UK_CODE)));
    }

    @Override
    public List<Week> ukWeeks(WeekRange weeks) {
        return read("ukWeeks", () -> in(ukWeeks.getOrDefault(AreaFigures.UK_CODE, List.of()), weeks));
    }

    @Override
    public BaselineIndex againstBaseline(AreaFigures area) {
        return read(
                "againstBaseline " + area.code(), () -> baselines.getOrDefault(area.code(), SampleViews.noBaseline()));
    }

    @Override
    public int provisionalDays() {
        return provisionalDays;
    }

    private <T> T read(String view, Supplier<T> answer) {
        asked.add(view);
        if (unavailable.contains(view)) {
            throw new FiguresUnavailableException(view + " is moving between instances.", null);
        }
        return answer.get();
    }

    /** A place × sector, or one week of it: {@code "E09000018 H"}, {@code "E09000018 H 2020-04-13"}. */
    private static String cell(String place, String sector, LocalDate weekStart) {
        return place + " " + sector + (weekStart == null ? "" : " " + weekStart);
    }

    private static List<Week> in(List<Week> weeks, WeekRange range) {
        final List<Week> chosen = new ArrayList<>();
        for (Week week : weeks) {
            if ((range.from() == null || !week.weekStart().isBefore(range.from()))
                    && (range.to() == null || !week.weekStart().isAfter(range.to()))) {
                chosen.add(week);
            }
        }
        return chosen;
    }

    /** The local stack's partners, as a service configured with them names them. */
    @Override
    public List<String> partners() {
        return List.of("belfast-city-council", "bradford-council", "hounslow-council", "uk-recovery-observatory");
    }
}
