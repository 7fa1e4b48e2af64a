package org.recoverytracker.dashboard.page;

import java.time.LocalDate;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.SicSection;

/**
 * What the page of a figure's provenance shows: the place × sector (and week) it is of, and where
 * it comes from, with the addresses of the same in the Views API. What the template calls is
 * public: Spring's expression language calls only public methods.
 *
 * @param week the week's Monday, or null for the figure over every week
 */
record ProvenancePage(Place place, SicSection sector, LocalDate week, FigureProvenance provenance) {

    /** The page of a place × sector's provenance, or of one week of it when {@code week} is not null. */
    static String path(String place, String sector, LocalDate week) {
        return "/places/" + place + "/sectors/" + sector + "/provenance" + weekQuery(week);
    }

    /** The same figure over every week: where a week's page links to. */
    public String wholeFigurePath() {
        return path(place.code(), sector.code(), null);
    }

    /** The same provenance in the Views API, public. */
    public String json() {
        return cell() + "/provenance" + weekQuery(week);
    }

    /**
     * The drill-down listing the events themselves, for partners with their API key. The page names
     * it and never asks it: it needs a key, and the page has none to give.
     */
    public String events() {
        return cell() + "/events" + weekQuery(week);
    }

    /** The place's own page. */
    public String placePath() {
        return "/places/" + place.code();
    }

    /** A kind of event as the page calls it, by the contract's id; an id the page doesn't know, as it is. */
    public String kindName(String kind) {
        return switch (kind) {
            case "job-loss" -> "Job losses";
            case "business-support" -> "Business support";
            case "green-economy" -> "Green projects";
            default -> kind;
        };
    }

    /**
     * How many of the figure's reports predate the keeping of provenance and so are counted but
     * not described here (0 normally): they are described once the views are rebuilt from the
     * event topics.
     */
    public long undescribed() {
        return Math.max(0, provenance.figures().events() - provenance.events());
    }

    private String cell() {
        return "/v1/places/" + place.code() + "/sectors/" + sector.code();
    }

    private static String weekQuery(LocalDate week) {
        return week == null ? "" : "?week=" + week;
    }
}
