package org.recoverytracker.views.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.dashboard.views.Week;
import org.recoverytracker.dashboard.views.WeekRange;
import org.recoverytracker.partners.PartnerDirectory;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.recoverytracker.views.api.IndexAnswers;
import org.recoverytracker.views.api.ProvisionalWeeks;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.areas.AreaQueries;
import org.recoverytracker.views.baselines.IndexFigures;
import org.recoverytracker.views.query.CellProvenance;
import org.recoverytracker.views.query.SectorEntry;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewSums;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.topology.Measures;
import org.springframework.stereotype.Component;

/**
 * The views as the dashboard page reads them, in this process: the same {@link ViewQueries} the
 * Views API answers from, so the page shows what the API says without calling it. A place this
 * instance owns is read from its local store; one owned by another instance is asked of that
 * instance, as for the API. Nothing here holds a request thread waiting on this service's own
 * HTTP API.
 */
@Component
class InProcessRecoveryViews implements RecoveryViews {

    private static final ReferenceData UK = ReferenceData.uk();

    private final ViewQueries queries;
    private final AreaDefinitions areas;
    private final AreaQueries areaQueries;
    private final ProvisionalWeeks provisionalWeeks;
    private final IndexAnswers index;
    private final PartnerDirectory partners;

    /**
     * The Views API's own provisional weeks and index, so that the page marks exactly the weeks the
     * API does and sets figures against a baseline as it does.
     */
    InProcessRecoveryViews(
            ViewQueries queries,
            AreaDefinitions areas,
            AreaQueries areaQueries,
            ProvisionalWeeks provisionalWeeks,
            IndexAnswers index,
            PartnerDirectory partners) {
        this.queries = queries;
        this.partners = partners;
        this.areas = areas;
        this.areaQueries = areaQueries;
        this.provisionalWeeks = provisionalWeeks;
        this.index = index;
    }

    @Override
    public List<PlaceFigures> places() {
        return read(() -> queries.places().entrySet().stream()
                .map(place -> {
                    final Place known = UK.place(place.getKey()).orElseThrow();
                    return new PlaceFigures(
                            known.code(), known.name(), known.region().code(), figures(place.getValue()));
                })
                .toList());
    }

    @Override
    public Optional<AreaFigures> place(String place) {
        final Place known = UK.place(place).orElseThrow();
        return read(() -> {
            final List<SectorEntry> sectors = queries.placeSectors(place);
            return sectors.isEmpty()
                    ? Optional.empty()
                    : Optional.of(area(place, known.name(), ViewSums.by(sectors, SectorEntry::sector)));
        });
    }

    @Override
    public Optional<List<Week>> placeWeeks(String place, WeekRange weeks) {
        return read(() -> queries.placeWeeks(place, new WeekFilter(null, weeks.from(), weeks.to()))
                .map(this::weeks));
    }

    /**
     * The provenance, then the figure it is of, each read once from its owner: a change between the
     * two reads can make them disagree for a moment, as two API calls would, but a figure whose last
     * event went in between is no figure (empty), not a provenance with nothing to show.
     */
    @Override
    public Optional<FigureProvenance> provenance(String place, String sector, LocalDate weekStart) {
        return read(() -> {
            final CellProvenance provenance = queries.provenance(place, sector, weekStart);
            if (provenance.events() == 0) {
                return Optional.empty();
            }
            return figure(place, sector, weekStart)
                    .map(figures -> new FigureProvenance(
                            figures,
                            provenance.events(),
                            provenance.partners().stream()
                                    .map(partner -> new FigureProvenance.PartnerEvents(
                                            partner.partner(), partner.kind(), partner.events()))
                                    .toList(),
                            provenance.schemaVersions().stream()
                                    .map(schema ->
                                            new FigureProvenance.SchemaVersion(schema.record(), schema.version()))
                                    .toList(),
                            provenance.firstReceivedAt(),
                            provenance.lastReceivedAt(),
                            provenance.digest()));
        });
    }

    @Override
    public Optional<AreaFigures> region(String region) {
        final Region known = UK.region(region).orElseThrow();
        return read(() -> {
            final Map<String, Measures> sectors = queries.rollupSectors(region);
            return sectors.isEmpty() ? Optional.empty() : Optional.of(area(region, known.name(), sectors));
        });
    }

    @Override
    public List<Week> regionWeeks(String region, WeekRange weeks) {
        return read(() -> weeks(queries.rollupWeeks(region, new WeekFilter(null, weeks.from(), weeks.to()))));
    }

    /** Only public areas: the page and its downloads are public, whoever asks. */
    @Override
    public Optional<AreaFigures> publicArea(String areaId) {
        return read(() -> publicDefinition(areaId).flatMap(area -> {
            final Map<String, Measures> sectors = areaQueries.sectors(area, null);
            return sectors.isEmpty() ? Optional.empty() : Optional.of(area(areaId, area.name(), sectors));
        }));
    }

    @Override
    public List<PublicArea> publicAreas() {
        return read(() -> areas.visibleTo(null).stream()
                .filter(AreaDefinition::isPublic)
                .map(InProcessRecoveryViews::publicArea)
                .toList());
    }

    @Override
    public Optional<PublicArea> publicAreaDefinition(String areaId) {
        return read(() -> publicDefinition(areaId).map(InProcessRecoveryViews::publicArea));
    }

    private static PublicArea publicArea(AreaDefinition area) {
        return new PublicArea(
                area.areaId(),
                area.name(),
                area.owner(),
                area.members().stream()
                        .map(member -> new PublicArea.Member(
                                member.place(),
                                UK.place(member.place()).map(Place::name).orElse(member.place()),
                                member.from(),
                                member.to()))
                        .toList());
    }

    @Override
    public List<Week> publicAreaWeeks(String areaId, WeekRange weeks) {
        return read(() -> publicDefinition(areaId)
                .map(area -> weeks(areaQueries.weeks(area, new WeekFilter(null, weeks.from(), weeks.to()), null)))
                .orElse(List.of()));
    }

    private Optional<AreaDefinition> publicDefinition(String areaId) {
        return areas.find(areaId).filter(AreaDefinition::isPublic);
    }

    @Override
    public Optional<AreaFigures> uk() {
        return read(() -> {
            final Map<String, Measures> sectors = queries.rollupSectors(null);
            return sectors.isEmpty()
                    ? Optional.empty()
                    : Optional.of(area(AreaFigures.UK_CODE, AreaFigures.UK_NAME, sectors));
        });
    }

    @Override
    public List<Week> ukWeeks(WeekRange weeks) {
        return read(() -> weeks(queries.rollupWeeks(null, new WeekFilter(null, weeks.from(), weeks.to()))));
    }

    @Override
    public BaselineIndex againstBaseline(AreaFigures area) {
        return read(() -> baselineIndex(
                index.total(IndexAnswers.choice(null), districtsOf(area.code()), null, measures(area.total()))));
    }

    /**
     * Figures that are not the views' own sums (an open release's) set against the default baseline
     * of the area's districts, as {@link #againstBaseline} sets the exact ones.
     */
    BaselineIndex againstBaseline(String code, long jobsLost, long jobsAtRisk, long netJobChange) {
        return read(() -> baselineIndex(
                index.total(IndexAnswers.choice(null), districtsOf(code), jobsLost, jobsAtRisk, netJobChange)));
    }

    private static BaselineIndex baselineIndex(IndexFigures figures) {
        final IndexFigures.Summary baseline = figures.baseline();
        return new BaselineIndex(
                baseline.dataset(),
                baseline.variable(),
                baseline.period(),
                baseline.value(),
                baseline.coverage(),
                baseline.sources(),
                figures.jobsLostPerThousand(),
                figures.jobsAtRiskPct(),
                figures.netJobChangePct(),
                figures.eventImpliedIndex(),
                figures.reason());
    }

    /** The districts of a place, a region, the UK or a public area, by the code the page gave it. */
    private Collection<String> districtsOf(String code) {
        if (Codes.isPlaceCode(code)) {
            return List.of(code);
        }
        if (code.equals(AreaFigures.UK_CODE)) {
            return IndexAnswers.districtsOf(null);
        }
        if (Codes.isRegionCode(code)) {
            return IndexAnswers.districtsOf(code);
        }
        return publicDefinition(code).map(AreaDefinition::places).orElse(Set.of());
    }

    @Override
    public int provisionalDays() {
        return provisionalWeeks.days();
    }

    /** The figure of a place × sector, or of one week of it; empty when it has no live events. */
    private Optional<Figures> figure(String place, String sector, LocalDate weekStart) {
        if (weekStart == null) {
            return Optional.ofNullable(ViewSums.by(queries.placeSectors(place), SectorEntry::sector)
                            .get(sector))
                    .map(InProcessRecoveryViews::figures);
        }
        return queries.placeWeeks(place, new WeekFilter(sector, weekStart, weekStart))
                .flatMap(weeks -> ViewSums.byWeek(weeks).stream()
                        .filter(week -> week.weekStart().equals(weekStart))
                        .findFirst())
                .map(week -> figures(week.measures()));
    }

    /** An area's totals and its sectors (in sector order, named by SIC 2007), from its sector sums. */
    private static AreaFigures area(String code, String name, Map<String, Measures> bySector) {
        final List<AreaFigures.Sector> sectors = bySector.entrySet().stream()
                .map(sector -> new AreaFigures.Sector(
                        sector.getKey(),
                        UK.section(sector.getKey()).orElseThrow().title(),
                        figures(sector.getValue())))
                .toList();
        return new AreaFigures(code, name, figures(ViewSums.sum(bySector.values())), sectors);
    }

    private List<Week> weeks(List<WeekEntry> weeks) {
        return weeks.stream()
                .map(week -> new Week(
                        week.weekStart(), figures(week.measures()), provisionalWeeks.isProvisional(week.weekStart())))
                .toList();
    }

    /** The page's figures back in the views' terms (the net change is worked out from them, as ever). */
    private static Measures measures(Figures figures) {
        return new Measures(
                figures.jobsAtRisk(),
                figures.jobsLost(),
                figures.jobsSafeguarded(),
                figures.jobsCreated(),
                figures.greenJobsCreated(),
                figures.supportAwardedPence(),
                figures.greenInvestmentPence(),
                figures.events());
    }

    private static Figures figures(Measures measures) {
        return new Figures(
                measures.jobsAtRisk(),
                measures.jobsLost(),
                measures.jobsSafeguarded(),
                measures.jobsCreated(),
                measures.greenJobsCreated(),
                measures.supportAwardedPence(),
                measures.greenInvestmentPence(),
                measures.netJobChange(),
                measures.events());
    }

    /** The views' own "not now" in the dashboard's terms. */
    static <T> T read(Supplier<T> view) {
        try {
            return view.get();
        } catch (ViewsUnavailableException e) {
            throw new FiguresUnavailableException(e.getMessage(), e);
        }
    }

    /** Every configured partner: each may have reported what the figures count. */
    @Override
    public List<String> partners() {
        return partners.partnerIds().stream().sorted().toList();
    }
}
