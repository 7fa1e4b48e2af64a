package org.recoverytracker.system;

import java.util.Map;
import java.util.TreeMap;
import org.recoverytracker.testsupport.http.Http;

/** The live events the Views API shows per place, as tests compare them before and after a change. */
public final class PlaceEvents {

    private PlaceEvents() {}

    /** Place name to its {@code events}, from {@code /v1/places} of the Views API at {@code viewsBaseUrl}. */
    public static Map<String, Long> byPlace(String viewsBaseUrl) {
        final Map<String, Long> events = new TreeMap<>();
        Http.get(viewsBaseUrl + "/v1/places")
                .json()
                .forEach(place -> events.put(
                        place.path("place").asString(), place.path("events").asLong()));
        return events;
    }
}
