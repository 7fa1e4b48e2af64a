package org.recoverytracker.views.baselines;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.recoverytracker.reference.DistrictHistory;
import org.recoverytracker.reference.DistrictOnDate;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.reference.records.BaselineStatus;

/**
 * One baseline (dataset, variable, period) by today's district and sector, as the views set
 * figures against it. Built from the baseline records:
 *
 * <ul>
 *   <li>a record's place is a code live in its period; it counts in that district's successor
 *       today, so the baselines of districts merged since add up in the district that holds them;
 *   <li>for one posted place and sector (or SIC code), one figure counts: a revised or final one
 *       over a provisional one, and between equals the one received last (a partner may post the
 *       revised figure under a new id as well as under the provisional one's);
 *   <li>a sector's figure is the one given for the whole section when there is one, and otherwise
 *       the sum of those given by SIC code within it (a baseline by division adds up to its section;
 *       one by section and by division would otherwise count twice).
 * </ul>
 *
 * <p>Each figure keeps the titles of the sources it was taken from, so that whatever is set against
 * it can say where it comes from (an illustrative baseline says so in its title).
 */
public final class BaselineTable {

    private static final DistrictHistory HISTORY = ReferenceData.uk().districtHistory();

    private static final Comparator<Baseline> PREFERRED = Comparator.comparingInt(
                    (Baseline baseline) -> baseline.getStatus() == BaselineStatus.PROVISIONAL ? 0 : 1)
            .thenComparing(Baseline::getReceivedAt);

    /** A district's figure for one sector and the titles of the sources it adds up from. */
    private record Figure(long value, Set<String> sources) {

        Figure plus(Figure other) {
            final Set<String> both = new TreeSet<>(sources);
            both.addAll(other.sources);
            return new Figure(value + other.value, both);
        }
    }

    /** today's district → sector letter → figure */
    private final Map<String, Map<String, Figure>> figures;

    private BaselineTable(Map<String, Map<String, Figure>> figures) {
        this.figures = figures;
    }

    /** The table of one choice, from every baseline record (of every choice). */
    public static BaselineTable of(BaselineChoice choice, Iterable<Baseline> baselines) {
        final Map<String, Baseline> chosen = new HashMap<>();
        for (Baseline baseline : baselines) {
            if (baseline.getDataset().equals(choice.dataset())
                    && baseline.getVariable() == choice.variable()
                    && baseline.getPeriod().equals(choice.period())) {
                chosen.merge(
                        baseline.getPlace() + "|" + baseline.getSector() + "|" + baseline.getSicCode(),
                        baseline,
                        (one, other) -> PREFERRED.compare(one, other) >= 0 ? one : other);
            }
        }
        final Map<String, Map<String, Figure>> sections = new HashMap<>();
        final Map<String, Map<String, Figure>> bySicCode = new HashMap<>();
        chosen.values()
                .forEach(baseline -> countsIn(baseline)
                        .ifPresent(place -> (baseline.getSicCode() == null ? sections : bySicCode)
                                .computeIfAbsent(place.code(), code -> new HashMap<>())
                                .merge(
                                        baseline.getSector().name(),
                                        new Figure(
                                                baseline.getValue(),
                                                Set.of(baseline.getSource().getTitle())),
                                        Figure::plus)));
        final Map<String, Map<String, Figure>> figures = new HashMap<>(sections);
        bySicCode.forEach((place, sectors) -> sectors.forEach((sector, figure) ->
                figures.computeIfAbsent(place, code -> new HashMap<>()).putIfAbsent(sector, figure)));
        return new BaselineTable(figures);
    }

    /** The district a baseline counts in today: its place's, live on the last or first day of its year. */
    private static Optional<Place> countsIn(Baseline baseline) {
        final int year = Integer.parseInt(baseline.getPeriod());
        for (LocalDate day : new LocalDate[] {LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)}) {
            final DistrictOnDate district = HISTORY.on(baseline.getPlace(), day);
            if (district.isLive()) {
                return district.countsIn();
            }
        }
        return Optional.empty();
    }

    /**
     * The baseline of a scope: the sum over its districts that have one, their share of the
     * scope's districts, and the titles of the sources the sum adds up from.
     *
     * @param value null when none of the districts has a baseline
     * @param sources in alphabetical order; empty when {@code value} is null
     */
    public record Coverage(Long value, double coverage, List<String> sources) {

        public Coverage {
            sources = List.copyOf(sources);
        }
    }

    /** The baseline of some districts, for one sector or (null) every sector. */
    public Coverage over(Collection<String> districts, String sector) {
        long sum = 0;
        int covered = 0;
        final Set<String> sources = new TreeSet<>();
        for (String district : districts) {
            final Optional<Figure> figure = figure(district, sector);
            if (figure.isPresent()) {
                sum += figure.get().value();
                sources.addAll(figure.get().sources());
                covered++;
            }
        }
        return new Coverage(
                covered == 0 ? null : sum,
                districts.isEmpty() ? 0 : (double) covered / districts.size(),
                List.copyOf(sources));
    }

    /** A district's baseline: of one sector, or of every sector when {@code sector} is null. */
    public OptionalLong value(String place, String sector) {
        return figure(place, sector)
                .map(figure -> OptionalLong.of(figure.value()))
                .orElse(OptionalLong.empty());
    }

    private Optional<Figure> figure(String place, String sector) {
        final Map<String, Figure> sectors = figures.get(place);
        if (sectors == null) {
            return Optional.empty();
        }
        if (sector == null) {
            return sectors.values().stream().reduce(Figure::plus);
        }
        return Optional.ofNullable(sectors.get(sector));
    }
}
