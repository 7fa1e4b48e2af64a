package org.recoverytracker.rules;

import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;

/** The sector an event counts in: its SIC section, given or derived from its SIC code. */
public final class ViewSector {

    private ViewSector() {}

    /**
     * The section letter of a valid event ({@code H} for sicCode 51.10).
     *
     * @throws IllegalArgumentException when the event has neither a sector nor a known SIC code,
     *                                  which the rules reject
     */
    public static String of(CommonEventFields event) {
        if (event.sector() != null) {
            return event.sector().name();
        }
        return ReferenceData.uk()
                .divisionOfSicCode(event.sicCode())
                .map(division -> division.section().code())
                .orElseThrow(() ->
                        new IllegalArgumentException("event " + event.key() + " has no sector and no known SIC code"));
    }
}
