package org.recoverytracker.rules;

import org.recoverytracker.reference.DistrictOnDate;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;

/**
 * The place an event counts in: the current district that holds, today, the area of the district
 * code it was posted with. An event posted on Harrogate (E07000165) in 2022 counts in North
 * Yorkshire (E06000065), which took Harrogate's area in April 2023; the event itself keeps the code
 * as posted. The views count by it, and a partner's places (current districts) are checked against it.
 */
public final class ViewPlace {

    private ViewPlace() {}

    /**
     * The code of the current district a valid event counts in.
     *
     * @throws IllegalArgumentException when the event's place was not live on its date, which the
     *                                  rules reject
     */
    public static String of(CommonEventFields event) {
        final DistrictOnDate district = onItsDate(event);
        return district.countsIn()
                .orElseThrow(() -> new IllegalArgumentException("event " + event.key() + " has no place: "
                        + district.refusal().orElseThrow()))
                .code();
    }

    /**
     * The place as posted, for messages about it, with the district it counts in when that is
     * another: "E07000165, which counts in E06000065".
     */
    public static String asPosted(CommonEventFields event) {
        final String countsIn = of(event);
        return countsIn.equals(event.place()) ? countsIn : event.place() + ", which counts in " + countsIn;
    }

    static DistrictOnDate onItsDate(CommonEventFields event) {
        return ReferenceData.uk().districtHistory().on(event.place(), event.occurredOn());
    }
}
