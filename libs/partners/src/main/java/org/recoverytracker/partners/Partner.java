package org.recoverytracker.partners;

import java.util.Set;

/**
 * A partner organisation, as its credential identifies it.
 *
 * @param id the partner id that becomes part of every event key it writes
 * @param places GSS codes of the places it may write for, or {@link #ALL_PLACES}
 * @param requestsPerMinute its own request rate limit, or null for the service's default
 */
public record Partner(String id, Set<String> places, Integer requestsPerMinute) {

    public static final String ALL_PLACES = "*";

    public Partner {
        places = Set.copyOf(places);
    }

    /** A partner with the service's default rate limit. */
    public Partner(String id, Set<String> places) {
        this(id, places, null);
    }

    public boolean mayWriteFor(String place) {
        return places.contains(ALL_PLACES) || places.contains(place);
    }
}
