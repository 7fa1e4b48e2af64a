package org.recoverytracker.views.page;

import java.util.List;

/**
 * Everything the dashboard template shows, already fetched: the main area (a place, or the UK on
 * the overview) with its sectors and weeks, the region and UK beside a place, the places with
 * figures on the overview, and a notice when the main figures can't be shown. {@link #isPlace()}
 * is public for the template.
 *
 * @param scope which area the headline, sector and weekly figures are of: {@code place} or {@code uk}
 *              (the page's script finds figures by it, as {@code data-area})
 * @param placeCode the chosen place, or null on the overview
 * @param comparison the region and the UK beside the place; null on the overview
 * @param places the places with live figures; null on a place's page
 * @param notice why the main figures are missing; null when they are shown
 */
record DashboardPage(String title, String caption, String scope, String placeCode, Area main,
                     Comparison comparison, Fetched<List<AreaFigures.PlaceRow>> places, Notice notice) {

    /** An area's figures with the API and CSV addresses behind them. */
    record Area(String name, Fetched<AreaFigures> figures, Fetched<List<AreaFigures.Week>> weeks, Links links) {
    }

    /** The region and the UK beside a place. */
    record Comparison(String regionCode, String regionName, Fetched<AreaFigures> region, Fetched<AreaFigures> uk,
                      Links regionLinks, Links ukLinks) {
    }

    /** Where the figures of an area come from: the Views API (JSON) and the CSV downloads. */
    record Links(String json, String csv, String weeklyJson, String weeklyCsv) {

        static Links uk() {
            return new Links("/v1/uk", "/downloads/uk.csv", "/v1/uk/weekly", "/downloads/uk/weekly.csv");
        }

        static Links region(String region) {
            return new Links("/v1/regions/" + region, "/downloads/regions/" + region + ".csv",
                    "/v1/regions/" + region + "/weekly", "/downloads/regions/" + region + "/weekly.csv");
        }

        static Links place(String place) {
            return new Links("/v1/places/" + place, "/downloads/places/" + place + ".csv",
                    "/v1/places/" + place + "/weekly", "/downloads/places/" + place + "/weekly.csv");
        }
    }

    /** Why the main figures are not shown, in plain words. */
    record Notice(String heading, String body) {
    }

    public boolean isPlace() {
        return placeCode != null;
    }
}
