package org.recoverytracker.ingest.security;

import java.util.Set;

/**
 * A partner organisation, as its credential identifies it.
 *
 * @param id the partner id that becomes part of every event key it writes
 * @param places GSS codes of the places it may write for, or {@link #ALL_PLACES}
 */
public record Partner(String id, Set<String> places) {

    public static final String ALL_PLACES = "*";

    public Partner {
        places = Set.copyOf(places);
    }

    public boolean mayWriteFor(String place) {
        return places.contains(ALL_PLACES) || places.contains(place);
    }
}
