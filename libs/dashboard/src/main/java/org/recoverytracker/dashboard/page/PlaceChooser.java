package org.recoverytracker.dashboard.page;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The places an officer can choose: every UK local authority district in the reference data, by
 * name. Every district is offered, not only those with figures, so that an officer whose place has
 * none yet is told so rather than left looking for it. What was typed into the chooser — a name or
 * an ONS code, in any case — is resolved here, so the chooser works as a plain form without
 * JavaScript too.
 */
@Component
public class PlaceChooser {

    private final List<Place> places = ReferenceData.uk().places().stream()
            .sorted(Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER))
            .toList();

    /** Every district, by name. */
    List<Place> places() {
        return places;
    }

    /** Whether the text asks for the whole country: nothing, "United Kingdom" or "UK". */
    static boolean meansUk(String text) {
        final String typed = text == null ? "" : text.strip();
        return typed.isEmpty() || typed.equalsIgnoreCase(AreaFigures.UK_NAME) || typed.equalsIgnoreCase("UK");
    }

    /** The district whose ONS code or name (ignoring case) was typed. */
    Optional<Place> find(String text) {
        final String typed = text == null ? "" : text.strip();
        final String upper = typed.toUpperCase(Locale.ROOT);
        if (Codes.isPlaceCode(upper)) {
            return ReferenceData.uk().place(upper);
        }
        return places.stream()
                .filter(place -> place.name().equalsIgnoreCase(typed))
                .findFirst();
    }
}
