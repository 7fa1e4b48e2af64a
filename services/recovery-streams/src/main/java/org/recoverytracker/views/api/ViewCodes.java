package org.recoverytracker.views.api;

import java.time.Instant;
import java.util.Optional;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.DistrictCode;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.recoverytracker.reference.SicSection;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;

/**
 * Checks the codes in a views request: a malformed code is a 400; a well-formed one that the
 * reference data does not know has no live events, so it is a 404 like any other empty view (a
 * district code that has ended says where its events count).
 */
final class ViewCodes {

    private static final ReferenceData UK = ReferenceData.uk();

    private ViewCodes() {}

    static Place place(String code) {
        if (!Codes.isPlaceCode(code)) {
            throw new MalformedCodeException(
                    "'" + code + "' is not an ONS GSS code of a local authority district, like E09000018.");
        }
        return UK.place(code)
                .orElseThrow(() -> new NoLiveEventsException(code + " has no live events." + endedNote(code)));
    }

    /** For a district code that has ended, where the events posted on it count instead. */
    private static String endedNote(String code) {
        final Optional<DistrictCode> ended = UK.districtHistory().code(code).filter(known -> !known.isCurrent());
        if (ended.isEmpty()) {
            return "";
        }
        // Live on its last day, it counts where every event posted on it counts.
        final Place today =
                UK.districtHistory().on(code, ended.get().validTo()).countsIn().orElseThrow();
        return " " + ended.get() + " ended on " + ended.get().validTo() + ": events posted on it count in "
                + today.code() + " " + today.name() + ".";
    }

    static SicSection sector(String code) {
        if (!Codes.isSectionCode(code)) {
            throw new MalformedCodeException("'" + code + "' is not a UK SIC 2007 section, A to U.");
        }
        return UK.section(code).orElseThrow();
    }

    /**
     * Checks an as-of instant: the views can say what they were, not what they will be. Null (no
     * {@code asOf}) means now. An instant before 1970 is before every history (Kafka's record times
     * start there), and refused here: the furthest of them have no epoch millis to compare with.
     */
    static Instant asOf(Instant asOf) {
        if (asOf != null && asOf.isAfter(Instant.now())) {
            throw new MalformedCodeException(
                    "asOf " + asOf + " is in the future: the views can say only what the figures were"
                            + " at an instant that has passed.");
        }
        // The query layer refuses it too (every history read, the internal addresses' included);
        // here it is a code the caller got wrong, said before any work.
        if (asOf != null && asOf.isBefore(Instant.EPOCH)) {
            throw new MalformedCodeException("asOf " + asOf + " is before the retained history: the views keep no"
                    + " figures from before they first ran, and none from before " + Instant.EPOCH + ".");
        }
        return asOf;
    }

    static Region region(String code) {
        if (!Codes.isRegionCode(code)) {
            throw new MalformedCodeException("'" + code + "' is not an ITL1 region code, TLC to TLN.");
        }
        return UK.region(code).orElseThrow();
    }
}
