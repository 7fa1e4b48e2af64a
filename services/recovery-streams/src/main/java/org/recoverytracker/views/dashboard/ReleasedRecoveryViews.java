package org.recoverytracker.views.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.FiguresRelease;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.dashboard.views.ReleasedViews;
import org.recoverytracker.dashboard.views.Week;
import org.recoverytracker.dashboard.views.WeekRange;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.api.ProvisionalWeeks;
import org.recoverytracker.views.open.OpenCell;
import org.recoverytracker.views.open.OpenReleases;
import org.recoverytracker.views.open.Release;
import org.recoverytracker.views.open.Scope;
import org.springframework.stereotype.Component;

/**
 * The releases of the open views as the public page reads them: the same release store
 * {@code /open/v1} answers from ({@link OpenReleases}), so the page shows exactly the published
 * figures, with their flags. What is not a figure (public areas' definitions, partners, the
 * provisional period) comes from the exact views, which hold no figure the page then shows.
 */
@Component
class ReleasedRecoveryViews implements ReleasedViews {

    private static final ReferenceData UK = ReferenceData.uk();

    private final OpenReleases releases;
    private final InProcessRecoveryViews exact;
    private final ProvisionalWeeks provisionalWeeks;

    ReleasedRecoveryViews(OpenReleases releases, InProcessRecoveryViews exact, ProvisionalWeeks provisionalWeeks) {
        this.releases = releases;
        this.exact = exact;
        this.provisionalWeeks = provisionalWeeks;
    }

    @Override
    public Optional<FiguresRelease> latest() {
        return InProcessRecoveryViews.read(releases::latest)
                .map(release -> new FiguresRelease(release.id(), release.date()));
    }

    @Override
    public RecoveryViews of(FiguresRelease release) {
        return new OfRelease(InProcessRecoveryViews.read(() -> releases.byId(release.id()))
                .orElseThrow(() -> new IllegalArgumentException("no release " + release.id())));
    }

    /** One release's figures. */
    private final class OfRelease implements RecoveryViews {

        private final Release release;

        OfRelease(Release release) {
            this.release = release;
        }

        @Override
        public List<PlaceFigures> places() {
            return InProcessRecoveryViews.read(() ->
                    releases.figures(release, Scope.Level.PLACE, null, null).entrySet().stream()
                            .map(place -> {
                                final Place known =
                                        UK.place(place.getKey().code()).orElseThrow();
                                return new PlaceFigures(
                                        known.code(),
                                        known.name(),
                                        known.region().code(),
                                        figures(place.getValue()));
                            })
                            .toList());
        }

        @Override
        public Optional<AreaFigures> place(String place) {
            return whole(
                    Scope.place(place), place, UK.place(place).orElseThrow().name());
        }

        @Override
        public Optional<List<Week>> placeWeeks(String place, WeekRange weeks) {
            return InProcessRecoveryViews.read(
                    () -> releases.figure(release, Scope.place(place)).isEmpty()
                            ? Optional.empty()
                            : Optional.of(weeks(Scope.Level.PLACE_WEEK, place, weeks)));
        }

        /** None: counting the reports behind an open figure could reveal a single organisation. */
        @Override
        public Optional<FigureProvenance> provenance(String place, String sector, LocalDate weekStart) {
            return Optional.empty();
        }

        @Override
        public Optional<AreaFigures> region(String region) {
            return whole(
                    Scope.rollup(region),
                    region,
                    UK.region(region).orElseThrow().name());
        }

        @Override
        public List<Week> regionWeeks(String region, WeekRange weeks) {
            return weeks(Scope.Level.REGION_WEEK, region, weeks);
        }

        @Override
        public Optional<AreaFigures> publicArea(String areaId) {
            return exact.publicAreaDefinition(areaId)
                    .flatMap(area -> whole(Scope.area(areaId, null, null), areaId, area.name()));
        }

        @Override
        public List<PublicArea> publicAreas() {
            return exact.publicAreas();
        }

        @Override
        public Optional<PublicArea> publicAreaDefinition(String areaId) {
            return exact.publicAreaDefinition(areaId);
        }

        @Override
        public List<Week> publicAreaWeeks(String areaId, WeekRange weeks) {
            return exact.publicAreaDefinition(areaId).isEmpty()
                    ? List.of()
                    : weeks(Scope.Level.AREA_WEEK, areaId, weeks);
        }

        @Override
        public Optional<AreaFigures> uk() {
            return whole(Scope.rollup(null), AreaFigures.UK_CODE, AreaFigures.UK_NAME);
        }

        @Override
        public List<Week> ukWeeks(WeekRange weeks) {
            return weeks(Scope.Level.UK_WEEK, null, weeks);
        }

        /**
         * The published figures against the baseline: a rate of a figure that is not published is
         * not given either, so that it can't be worked back from the rate.
         */
        @Override
        public BaselineIndex againstBaseline(AreaFigures area) {
            final Figures total = area.total();
            final BaselineIndex index = exact.againstBaseline(
                    area.code(), orZero(total.jobsLost()), orZero(total.jobsAtRisk()), orZero(total.netJobChange()));
            return new BaselineIndex(
                    index.dataset(),
                    index.variable(),
                    index.period(),
                    index.value(),
                    index.coverage(),
                    index.sources(),
                    total.jobsLost() == null ? null : index.jobsLostPerThousand(),
                    total.jobsAtRisk() == null ? null : index.jobsAtRiskPct(),
                    total.netJobChange() == null ? null : index.netJobChangePct(),
                    total.netJobChange() == null ? null : index.eventImpliedIndex(),
                    index.reason());
        }

        @Override
        public int provisionalDays() {
            return exact.provisionalDays();
        }

        @Override
        public List<String> partners() {
            return exact.partners();
        }

        /** A whole place, region, area or the UK with its sectors, as the release has them. */
        private Optional<AreaFigures> whole(Scope scope, String code, String name) {
            return InProcessRecoveryViews.read(() -> releases.figure(release, scope)
                    .map(total -> new AreaFigures(
                            code,
                            name,
                            figures(total),
                            releases.sectorsOf(release, scope).entrySet().stream()
                                    .map(sector -> new AreaFigures.Sector(
                                            sector.getKey().sector(),
                                            UK.section(sector.getKey().sector())
                                                    .orElseThrow()
                                                    .title(),
                                            figures(sector.getValue())))
                                    .toList())));
        }

        /** One level's weeks within a place, region or area (the UK's when code is null), in the range. */
        private List<Week> weeks(Scope.Level level, String code, WeekRange range) {
            return InProcessRecoveryViews.read(() -> {
                final SortedMap<Scope, OpenCell> weeks =
                        releases.weeks(release, level, code, null, range.from(), range.to());
                return weeks.entrySet().stream()
                        .map(week -> new Week(
                                week.getKey().weekStart(),
                                figures(week.getValue()),
                                provisionalWeeks.wasProvisionalOn(week.getKey().weekStart(), release.date())))
                        .toList();
            });
        }
    }

    private static Figures figures(OpenCell cell) {
        return Figures.open(cell.values(), cell.flags());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
