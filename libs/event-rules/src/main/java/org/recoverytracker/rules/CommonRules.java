package org.recoverytracker.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKey;

/** The rules every kind of event shares: identity, place, sector and date. */
final class CommonRules {

    /** The earliest date an event may have happened on. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** "In the future" is judged by the UK calendar day the event was received on. */
    static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    static final int MAX_NAME_LENGTH = 200;

    private static final Pattern COMPANY_NUMBER = Pattern.compile("[A-Z0-9]{8}");

    private static final String EVENT_ID_RULE = "1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";

    private static final String PARTNER_RULE = "1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'";

    private static final String COMPANY_NUMBER_RULE =
            "a Companies House number: 8 capital letters or digits, like 01234567 or SC123456";

    private static final ReferenceData UK = ReferenceData.uk();

    private CommonRules() {}

    static void check(CommonEventFields event, Violations violations) {
        if (!EventKey.isEventId(event.eventId())) {
            violations.add(CommonEventFields.EVENT_ID, "must be " + EVENT_ID_RULE);
        }
        if (!EventKey.isPartnerId(event.partner())) {
            violations.add(CommonEventFields.PARTNER, "must be " + PARTNER_RULE);
        }
        checkPlace(event, violations);
        SectorRule.check(event.sicCode(), event.sector(), violations);
        checkOccurredOn(event, violations);
    }

    /**
     * What the shared rules ask of each field they check, by field path, in the words of their
     * messages: the data dictionary states them.
     *
     * @param organisation the field holding the event's organisation, such as {@code employer}
     */
    static Map<String, String> constraints(String organisation) {
        final Map<String, String> constraints = new LinkedHashMap<>();
        constraints.put(CommonEventFields.EVENT_ID, EVENT_ID_RULE);
        constraints.put(CommonEventFields.PARTNER, PARTNER_RULE);
        constraints.put(
                CommonEventFields.PLACE,
                "the ONS GSS code of a UK local authority district live on occurredOn; an ended code counts in the "
                        + "district that succeeded it");
        constraints.putAll(SectorRule.constraints());
        constraints.put(
                CommonEventFields.OCCURRED_ON,
                "not before " + EARLIEST + " and not after the day it was received (UK time)");
        constraints.put(organisation + ".name", Violations.text(MAX_NAME_LENGTH));
        constraints.put(organisation + ".companyNumber", COMPANY_NUMBER_RULE);
        return constraints;
    }

    static void checkOrganisation(Organisation organisation, String field, Violations violations) {
        violations.requireText(organisation.getName(), MAX_NAME_LENGTH, field + ".name");
        final String companyNumber = organisation.getCompanyNumber();
        if (companyNumber != null && !COMPANY_NUMBER.matcher(companyNumber).matches()) {
            violations.add(field + ".companyNumber", "must be " + COMPANY_NUMBER_RULE);
        }
    }

    /** A district code live on the event's date, current or since ended (see {@link ViewPlace}). */
    private static void checkPlace(CommonEventFields event, Violations violations) {
        final String place = event.place();
        if (!Codes.isPlaceCode(place)) {
            violations.add(
                    CommonEventFields.PLACE,
                    "must be the ONS GSS code of a UK local authority district, like E09000018, but was '" + place
                            + "'");
        } else {
            ViewPlace.onItsDate(event).refusal().ifPresent(refusal -> violations.add(CommonEventFields.PLACE, refusal));
        }
    }

    private static void checkOccurredOn(CommonEventFields event, Violations violations) {
        final LocalDate occurredOn = event.occurredOn();
        final LocalDate receivedOn = LocalDate.ofInstant(event.receivedAt(), UK_TIME);
        if (occurredOn.isBefore(EARLIEST)) {
            violations.add(CommonEventFields.OCCURRED_ON, "must not be before " + EARLIEST + ", but was " + occurredOn);
        } else if (occurredOn.isAfter(receivedOn)) {
            violations.add(
                    CommonEventFields.OCCURRED_ON,
                    "must not be in the future: " + occurredOn + " is after " + receivedOn);
        }
    }
}
