package org.recoverytracker.dashboard.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.FiguresRelease;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.dashboard.views.ReleasedViews;
import org.recoverytracker.dashboard.views.Week;
import org.recoverytracker.dashboard.views.WeekRange;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.Region;
import org.recoverytracker.reference.SicSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a dashboard page shows from the views, for the whole page and for the live fragments
 * alike, so that both show the same. The main area decides the page's {@link Outcome}; a part
 * beside it that can't be read just now is left out and said to be unavailable.
 */
final class DashboardPages {

    /** Where the page's script asks for the live figures of the UK overview, of a place and of an area. */
    static final String LIVE_UK = "/dashboard/fragments/uk";

    static final String LIVE_PLACE = "/dashboard/fragments/places/";

    static final String LIVE_AREA = "/dashboard/fragments/areas/";

    private static final Logger LOG = LoggerFactory.getLogger(DashboardPages.class);

    /** How reading the page's main area ended. */
    enum Outcome {
        /** Its figures are shown. */
        FOUND,
        /** It has no live events. */
        NO_LIVE_EVENTS,
        /** The views are moving between instances: try again in a moment. */
        UNAVAILABLE
    }

    /** A page and how reading its main area ended. */
    record Read(DashboardPage page, Outcome outcome) {}

    /**
     * Where a figure comes from, and how reading it ended.
     *
     * @param provenance the provenance page; null unless {@link Outcome#FOUND}
     * @param page the page saying why there is none; null when {@link Outcome#FOUND}
     */
    record Sourced(ProvenancePage provenance, DashboardPage page, Outcome outcome) {}

    private final RecoveryViews views;
    private final JsonMapper json;
    private final boolean open;
    private final FiguresRelease release;

    /**
     * @param views the figures to show: a release of the open views, or the exact views
     * @param open whether they are open figures; the page's data links then lead to the open API and downloads
     * @param release the release they are of; null for exact figures, and for open ones before the first release
     */
    DashboardPages(RecoveryViews views, JsonMapper json, boolean open, FiguresRelease release) {
        this.views = views;
        this.json = json;
        this.open = open;
        this.release = release;
    }

    /**
     * The pages of the figures the page shows, read afresh for each request: the exact views, or
     * the latest release of the open ones (none yet, or none readable just now, is said in words).
     */
    static DashboardPages of(
            DashboardSettings.ShownFigures shown, RecoveryViews exact, ReleasedViews released, JsonMapper json) {
        if (shown == DashboardSettings.ShownFigures.EXACT) {
            return new DashboardPages(exact, json, false, null);
        }
        try {
            return released.latest()
                    .map(latest -> new DashboardPages(released.of(latest), json, true, latest))
                    .orElseGet(() -> new DashboardPages(new WithoutRelease(exact, null), json, true, null));
        } catch (FiguresUnavailableException e) {
            return new DashboardPages(new WithoutRelease(exact, e), json, true, null);
        }
    }

    /** Whether the figures are open ones (a release), not the exact views. */
    boolean open() {
        return open;
    }

    /** The release the figures are of; null for exact figures and before the first release. */
    FiguresRelease release() {
        return release;
    }

    /** The UK overview: the UK's figures, sectors and weeks, and every place with figures. */
    Read uk() {
        final AreaFigures uk;
        try {
            uk = views.uk().orElse(null);
        } catch (FiguresUnavailableException e) {
            return new Read(ukPage(null, null, null, null, unavailable()), Outcome.UNAVAILABLE);
        }
        if (uk == null) {
            return new Read(
                    ukPage(
                            null,
                            null,
                            null,
                            null,
                            noFigures(
                                    "There are no figures yet",
                                    "the UK",
                                    "No partner has reported a job loss, business support or a green project yet. "
                                            + "Figures will appear here as soon as one is reported.")),
                    Outcome.NO_LIVE_EVENTS);
        }
        return new Read(
                ukPage(
                        uk,
                        ifAvailable(() -> views.ukWeeks(WeekRange.ALL)),
                        new DashboardPage.Places(ifAvailable(views::places)),
                        new DashboardPage.Areas(ifAvailable(views::publicAreas)),
                        null),
                Outcome.FOUND);
    }

    /** A place beside its region and the UK. */
    Read place(Place place) {
        final Region region = place.region();
        final AreaFigures figures;
        try {
            figures = views.place(place.code()).orElse(null);
        } catch (FiguresUnavailableException e) {
            return new Read(placePage(place, null, null, null, unavailable()), Outcome.UNAVAILABLE);
        }
        if (figures == null) {
            return new Read(
                    placePage(
                            place,
                            null,
                            null,
                            null,
                            noFigures(
                                    "There are no figures for " + place.name() + " yet",
                                    place.name(),
                                    "No partner has reported a job loss, business support or a green project in "
                                            + place.name()
                                            + ", or every report has been withdrawn. Figures will appear here as soon as one is "
                                            + "reported.")),
                    Outcome.NO_LIVE_EVENTS);
        }
        final List<Week> weeks =
                ifAvailable(() -> views.placeWeeks(place.code(), WeekRange.ALL).orElse(null));
        final DashboardPage.Comparison comparison = new DashboardPage.Comparison(
                region.code(),
                region.name(),
                ifAvailable(() -> views.region(region.code()).orElse(null)),
                ifAvailable(() -> views.uk().orElse(null)),
                DashboardPage.Links.region(region.code(), open),
                DashboardPage.Links.uk(open));
        return new Read(placePage(place, figures, weeks, comparison, null), Outcome.FOUND);
    }

    /**
     * A public area partners defined, beside the UK: a page that is not found (404) when the area is
     * unknown or private, as its downloads are.
     */
    Read area(String areaId) {
        final PublicArea definition;
        final AreaFigures figures;
        try {
            definition = views.publicAreaDefinition(areaId).orElse(null);
            if (definition == null) {
                return new Read(
                        notFound("There is no public area with that id. Public areas are listed on the overview."),
                        Outcome.NO_LIVE_EVENTS);
            }
            figures = views.publicArea(areaId).orElse(null);
        } catch (FiguresUnavailableException e) {
            return new Read(
                    DashboardPage.noticeOnly("Area", "Recovery Tracker", "area", null, unavailable()),
                    Outcome.UNAVAILABLE);
        }
        if (figures == null) {
            return new Read(
                    areaPage(
                            definition,
                            null,
                            null,
                            noFigures(
                                    "There are no figures for " + definition.name() + " yet",
                                    definition.name(),
                                    "No partner has reported a job loss, business support or a green project in "
                                            + "the districts of " + definition.name()
                                            + " while they belong to it, or every report has been withdrawn. Figures "
                                            + "will appear here as soon as one is reported.")),
                    Outcome.NO_LIVE_EVENTS);
        }
        final List<Week> weeks = ifAvailable(() -> views.publicAreaWeeks(areaId, WeekRange.ALL));
        return new Read(areaPage(definition, figures, weeks, null), Outcome.FOUND);
    }

    /** Where the figure of a place × sector comes from, or of one week of it when {@code week} is not null. */
    Sourced provenance(Place place, SicSection sector, LocalDate week) {
        final FigureProvenance provenance;
        try {
            provenance = views.provenance(place.code(), sector.code(), week).orElse(null);
        } catch (FiguresUnavailableException e) {
            return new Sourced(null, provenanceNotice(place, sector, week, unavailable()), Outcome.UNAVAILABLE);
        }
        if (provenance == null) {
            final String figure = sector.title() + " in " + place.name()
                    + (week == null ? "" : " in the week beginning " + FigureFormat.EN_GB.week(week));
            return new Sourced(
                    null,
                    provenanceNotice(
                            place,
                            sector,
                            week,
                            new DashboardPage.Notice(
                                    "There are no figures for " + figure + " yet",
                                    "No partner has reported a job loss, business support or a green project for "
                                            + figure
                                            + ", or every report has been withdrawn, so no report is behind this figure.")),
                    Outcome.NO_LIVE_EVENTS);
        }
        return new Sourced(new ProvenancePage(place, sector, week, provenance), null, Outcome.FOUND);
    }

    /**
     * Why some weeks are marked provisional, with the views' own number of days, so that the page
     * can't say a different number from the one the views go by.
     */
    String provisionalNote() {
        final int days = views.provisionalDays();
        if (days == 0) {
            return "Figures for the current week are provisional until the week ends: partners may still add or "
                    + "correct events. Such a week is marked “Provisional” in the table and drawn paler in the chart.";
        }
        return "Figures for a week are provisional until " + FigureFormat.EN_GB.period(days)
                + " after the week ends: partners may still add or correct events. Those weeks are marked "
                + "“Provisional” in the table and drawn paler in the chart.";
    }

    /**
     * Where a figure comes from, asked of a page that shows open figures: not shown, as counting the
     * reports behind a figure could reveal a single organisation; partners ask the Views API.
     */
    static DashboardPage provenanceNotShown(Place place, SicSection sector) {
        return provenanceNotice(
                place,
                sector,
                null,
                new DashboardPage.Notice(
                        "Where a figure comes from is shown to partners",
                        "This page shows published figures, which are rounded and withhold any that could reveal a "
                                + "single organisation; counting the reports behind a figure could. Partners can ask the "
                                + "Views API with their key: " + "/v1/places/" + place.code() + "/sectors/"
                                + sector.code() + "/provenance."));
    }

    /** A place code that is no council area. */
    static DashboardPage notFound() {
        return notFound("There is no council area with that code. Choose a place from the list below.");
    }

    /** A sector code that is no SIC 2007 section, at a place that exists. */
    static DashboardPage sectorNotFound(Place place) {
        return notFound("There is no sector with that code. Sectors are the sections of SIC 2007, A to U: choose one "
                + "from the sectors of " + place.name() + " on its page.");
    }

    /**
     * A week that is no week: the page can't tell which figure is meant, so it is the reader's to
     * correct (400), as a place the chooser can't find is.
     */
    static DashboardPage badWeek(Place place, SicSection sector, String week) {
        return provenanceNotice(
                place,
                sector,
                null,
                new DashboardPage.Notice(
                        "There is no week beginning ‘" + week + "’",
                        "A week is given by the date of its Monday, written year-month-day, such as 2020-04-13. "
                                + "Leave the week out for the figure over every week."));
    }

    private static DashboardPage notFound(String why) {
        return DashboardPage.noticeOnly(
                "Page not found", "Recovery Tracker", "uk", null, new DashboardPage.Notice("Page not found", why));
    }

    /** Something unexpected: a page saying so. */
    static DashboardPage failed() {
        return DashboardPage.noticeOnly(
                "Sorry, there is a problem with the service",
                "Recovery Tracker",
                "uk",
                null,
                new DashboardPage.Notice(
                        "Sorry, there is a problem with the service",
                        "Try again later. The figures themselves are safe: this page could not show them."));
    }

    private DashboardPage ukPage(
            AreaFigures uk,
            List<Week> weeks,
            DashboardPage.Places places,
            DashboardPage.Areas areas,
            DashboardPage.Notice notice) {
        return new DashboardPage(
                "Economic recovery across the UK",
                "Recovery Tracker",
                "uk",
                null,
                area(AreaFigures.UK_NAME, uk, weeks, DashboardPage.Links.uk(open)),
                null,
                places,
                areas,
                null,
                uk == null ? null : new DashboardPage.Index(List.of(column(AreaFigures.UK_NAME, "uk", uk))),
                notice,
                LIVE_UK);
    }

    private DashboardPage placePage(
            Place place,
            AreaFigures figures,
            List<Week> weeks,
            DashboardPage.Comparison comparison,
            DashboardPage.Notice notice) {
        return new DashboardPage(
                place.name(),
                place.region().name() + ", " + place.nation().displayName(),
                "place",
                place.code(),
                area(place.name(), figures, weeks, DashboardPage.Links.place(place.code(), open)),
                comparison,
                null,
                figures == null ? null : new DashboardPage.Areas(ifAvailable(() -> areasWith(place))),
                null,
                figures == null ? null : placeIndex(place, figures, comparison),
                notice,
                LIVE_PLACE + place.code());
    }

    private DashboardPage areaPage(
            PublicArea definition, AreaFigures figures, List<Week> weeks, DashboardPage.Notice notice) {
        return new DashboardPage(
                definition.name(),
                "An area defined by " + definition.owner(),
                "area",
                null,
                area(definition.name(), figures, weeks, DashboardPage.Links.area(definition.areaId(), open)),
                null,
                null,
                null,
                definition,
                figures == null ? null : areaIndex(definition, figures),
                notice,
                LIVE_AREA + definition.areaId());
    }

    /** The public areas a place is a member of, at any time. */
    private List<PublicArea> areasWith(Place place) {
        return views.publicAreas().stream()
                .filter(area -> area.members().stream()
                        .anyMatch(member -> member.place().equals(place.code())))
                .toList();
    }

    /** An area against the baseline, beside the UK when its figures can be read. */
    private DashboardPage.Index areaIndex(PublicArea definition, AreaFigures figures) {
        final List<DashboardPage.IndexColumn> columns = new ArrayList<>();
        columns.add(column(definition.name(), "area", figures));
        final AreaFigures uk = ifAvailable(() -> views.uk().orElse(null));
        if (uk != null) {
            columns.add(column(AreaFigures.UK_NAME, "uk", uk));
        }
        return new DashboardPage.Index(columns);
    }

    /** A place against the baseline, beside its region and the UK where their figures could be read. */
    private DashboardPage.Index placeIndex(Place place, AreaFigures figures, DashboardPage.Comparison comparison) {
        final List<DashboardPage.IndexColumn> columns = new ArrayList<>();
        columns.add(column(place.name(), "place", figures));
        if (comparison.region() != null) {
            columns.add(column(comparison.regionName(), "region", comparison.region()));
        }
        if (comparison.uk() != null) {
            columns.add(column(AreaFigures.UK_NAME, "uk", comparison.uk()));
        }
        return new DashboardPage.Index(columns);
    }

    private DashboardPage.IndexColumn column(String name, String area, AreaFigures figures) {
        return new DashboardPage.IndexColumn(name, area, ifAvailable(() -> views.againstBaseline(figures)));
    }

    /** A figure's provenance page that can't show it, with the place's name above the notice why. */
    private static DashboardPage provenanceNotice(
            Place place, SicSection sector, LocalDate week, DashboardPage.Notice notice) {
        return DashboardPage.noticeOnly(
                sector.title() + " in " + place.name(),
                week == null
                        ? "Where the figure comes from"
                        : "Where the figure comes from, week beginning " + FigureFormat.EN_GB.week(week),
                "place",
                place.code(),
                notice);
    }

    private DashboardPage.Area area(String name, AreaFigures figures, List<Week> weeks, DashboardPage.Links links) {
        return new DashboardPage.Area(
                name,
                figures,
                weeks,
                weeks == null ? null : json.writeValueAsString(WeeklyChart.of(weeks)),
                links,
                SchemaOrgDataset.of(json, name, links));
    }

    /**
     * Why an area has no figures to show: for exact figures, that nothing is reported there; for
     * open ones, that no release has been published yet, or that the latest has none for it.
     */
    private DashboardPage.Notice noFigures(String heading, String where, String nothingReported) {
        if (!open) {
            return new DashboardPage.Notice(heading, nothingReported);
        }
        if (release == null) {
            return new DashboardPage.Notice(
                    "No figures have been published yet",
                    "Figures are published once a day, in releases that round them and withhold any that could "
                            + "reveal a single organisation. The first release has not been published yet.");
        }
        return new DashboardPage.Notice(
                heading,
                "The latest release of figures (" + release.id() + ", published "
                        + FigureFormat.EN_GB.day(release.date())
                        + ") has none for " + where + ". Figures are published once a day: they appear in the first "
                        + "release after a partner reports a job loss, business support or a green project there.");
    }

    private static DashboardPage.Notice unavailable() {
        return new DashboardPage.Notice(
                "The figures are being moved, try again in a moment",
                "The service is sharing its work between its servers, which takes a few seconds. Refresh this page in a "
                        + "moment. (Status 503: service unavailable.)");
    }

    /** A part of the page beside its main area, or null while it can't be read. */
    private static <T> T ifAvailable(Supplier<T> view) {
        try {
            return view.get();
        } catch (FiguresUnavailableException e) {
            LOG.debug("Part of the dashboard page is unavailable: {}", e.getMessage());
            return null;
        }
    }
}
