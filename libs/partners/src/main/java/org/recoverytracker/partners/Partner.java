package org.recoverytracker.partners;

import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The partner limited to the places a credential claims too (a JWT's places claim): the
     * registry's places narrowed, never widened.
     */
    public Partner narrowedTo(Set<String> claimed) {
        if (claimed.contains(ALL_PLACES)) {
            return this;
        }
        return new Partner(
                id,
                claimed.stream().filter(this::mayWriteFor).collect(Collectors.toUnmodifiableSet()),
                requestsPerMinute);
    }

    /** True for a partner that may write for every place (a national partner). */
    public boolean mayWriteEverywhere() {
        return places.contains(ALL_PLACES);
    }

    public boolean mayWriteFor(String place) {
        return places.contains(ALL_PLACES) || places.contains(place);
    }
}
