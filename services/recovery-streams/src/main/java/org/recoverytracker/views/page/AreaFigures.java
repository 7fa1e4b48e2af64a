package org.recoverytracker.views.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;

import tools.jackson.databind.JsonNode;

/**
 * A place, a region or the UK as the Views API describes it: its totals and its sectors.
 *
 * @param code the place's GSS code, the region's ITL1 code, or {@value #UK_CODE} for the UK
 */
record AreaFigures(String code, String name, Figures total, List<Sector> sectors) {

    /** The ONS code of the United Kingdom, used where the page needs one (CSV downloads). */
    static final String UK_CODE = "K02000001";

    AreaFigures {
        sectors = List.copyOf(sectors);
    }

    /** One sector (SIC 2007 section) of an area. */
    record Sector(String code, String name, Figures figures) {
    }

    /** One week of a weekly series: the week's Monday and the figures of events in that week. */
    record Week(LocalDate weekStart, Figures figures) {

        private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

        /** The week as the page writes it, "13 April 2020" (full month names read the same everywhere); public for the template. */
        public String label() {
            return weekStart.format(LABEL);
        }
    }

    /** A place in the list of places with live events. */
    record PlaceRow(String code, String name, String region, String regionName, Figures figures) {
    }

    /** {@code GET /v1/places/{place}}, {@code /v1/regions/{region}} or {@code /v1/uk}. */
    static AreaFigures from(JsonNode view, String code) {
        final List<Sector> sectors = new ArrayList<>();
        for (JsonNode sector : view.path("sectors").values()) {
            sectors.add(new Sector(sector.path("sector").asString(), sector.path("sectorName").asString(),
                    Figures.from(sector)));
        }
        return new AreaFigures(code, view.path("name").asString(), Figures.from(view), sectors);
    }

    /** {@code GET .../weekly}. */
    static List<Week> weeks(JsonNode series) {
        return series.valueStream()
                .map(week -> new Week(LocalDate.parse(week.path("weekStart").asString()), Figures.from(week)))
                .toList();
    }

    /** {@code GET /v1/places}. */
    static List<PlaceRow> places(JsonNode places) {
        return places.valueStream()
                .map(place -> {
                    final String region = place.path("region").asString();
                    return new PlaceRow(place.path("place").asString(), place.path("name").asString(), region,
                            ReferenceData.uk().region(region).map(Region::name).orElse(region), Figures.from(place));
                })
                .toList();
    }
}
