package org.recoverytracker.dashboard.page;

import java.util.List;
import java.util.Objects;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.Week;

/**
 * Everything the dashboard template shows, already read: the main area (a place, or the UK on the
 * overview) with its sectors and weeks, the region and UK beside a place, the places with figures
 * on the overview, and a notice when the main figures can't be shown. A part that could not be
 * read just now is null, so that one view moving between instances leaves the rest of the page
 * standing. What the template calls is public: Spring's expression language calls only public
 * methods.
 *
 * @param scope which area the headline, sector and weekly figures are of: {@code place}, {@code area} or {@code uk}
 *              (as {@code data-area} and {@code data-sectors-of} on the page)
 * @param placeCode the chosen place, or null on the overview
 * @param main the area the page is about; null on a page that shows no figures (not found, failed)
 * @param comparison the region and the UK beside the place; null on the overview
 * @param places the places with live figures; null but on the overview
 * @param areas the public areas partners defined, on the overview; those the place is in, on a place's page
 * @param definedArea the area partners defined that the page is about; null on other pages
 * @param index the figures set against the baseline; null when the page shows no figures
 * @param notice why the main figures are missing; null when they are shown
 * @param live where the page's script asks for its live figures; null when it has nothing to ask
 */
record DashboardPage(
        String title,
        String caption,
        String scope,
        String placeCode,
        Area main,
        Comparison comparison,
        Places places,
        Areas areas,
        PublicArea definedArea,
        Index index,
        Notice notice,
        String live) {

    /** A page that shows only a notice: not found, failed, or a figure that can't be shown. */
    static DashboardPage noticeOnly(String title, String caption, String scope, String placeCode, Notice notice) {
        return new DashboardPage(title, caption, scope, placeCode, null, null, null, null, null, null, notice, null);
    }

    /**
     * An area's figures with the API and CSV addresses behind them.
     *
     * @param figures null when the area has none to show (see the page's notice)
     * @param weeks null when they can't be read just now
     * @param chart the weekly chart's data as JSON ({@link WeeklyChart}); null without weeks
     * @param dataset the figures described as a schema.org Dataset ({@link SchemaOrgDataset}), JSON-LD
     */
    record Area(String name, AreaFigures figures, List<Week> weeks, String chart, Links links, String dataset) {}

    /**
     * The region and the UK beside a place.
     *
     * @param region null when it can't be read just now
     * @param uk null when it can't be read just now
     */
    record Comparison(
            String regionCode,
            String regionName,
            AreaFigures region,
            AreaFigures uk,
            Links regionLinks,
            Links ukLinks) {}

    /**
     * The figures set against the baseline: the main area first, then (on a place's page) its
     * region and the UK.
     */
    record Index(List<IndexColumn> columns) {

        Index {
            columns = List.copyOf(columns);
        }

        /** An index that could be read, to word the labels by (its variable and year); null when none could. */
        public BaselineIndex reference() {
            return columns.stream()
                    .map(IndexColumn::index)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }

        /** Whether the main area is known to have no baseline, which the page then says in words. */
        public boolean mainWithoutBaseline() {
            final BaselineIndex main = columns.get(0).index();
            return main != null && main.value() == null;
        }

        /** The titles of the sources of every baseline shown, each once, in order. */
        public List<String> sources() {
            return columns.stream()
                    .filter(column -> column.index() != null)
                    .flatMap(column -> column.index().sources().stream())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    /**
     * One area's figures against the baseline.
     *
     * @param area {@code place}, {@code region} or {@code uk} (as {@code data-area} on the page)
     * @param index null when it can't be read just now
     */
    record IndexColumn(String name, String area, BaselineIndex index) {}

    /** The places with figures on the overview; {@code rows} is null when they can't be read just now. */
    record Places(List<PlaceFigures> rows) {

        public boolean shown() {
            return rows != null;
        }
    }

    /** The public areas on the overview; {@code rows} is null when they can't be read just now. */
    record Areas(List<PublicArea> rows) {

        public boolean shown() {
            return rows != null;
        }
    }

    /** Where the figures of an area come from: the Views API (JSON) and the CSV downloads. */
    record Links(String json, String csv, String weeklyJson, String weeklyCsv) {

        static Links uk(boolean open) {
            return of(open, "/uk");
        }

        static Links region(String region, boolean open) {
            return of(open, "/regions/" + region);
        }

        static Links area(String areaId, boolean open) {
            return of(open, "/areas/" + areaId);
        }

        static Links place(String place, boolean open) {
            return of(open, "/places/" + place);
        }

        /**
         * The API's answer at {@code path} and its weekly series, and their CSV downloads: the open
         * ones ({@code /open/v1}, {@code /open/downloads}) for open figures, so that every link
         * leads to the figures the page shows.
         */
        private static Links of(boolean open, String path) {
            final String api = dataPrefix(open) + "/v1" + path;
            final String download = dataPrefix(open) + "/downloads" + path;
            return new Links(api, download + ".csv", api + "/weekly", download + "/weekly.csv");
        }

        /** What the API's and downloads' paths start with: {@code /open} for open figures. */
        static String dataPrefix(boolean open) {
            return open ? "/open" : "";
        }
    }

    /** Why the main figures are not shown, in plain words. */
    record Notice(String heading, String body) {}

    public boolean isPlace() {
        return placeCode != null;
    }

    /** Whether the page shows figures (and not only a notice). */
    public boolean hasFigures() {
        return notice == null && main != null && main.figures() != null;
    }
}
