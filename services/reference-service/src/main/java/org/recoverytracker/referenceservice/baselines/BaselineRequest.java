package org.recoverytracker.referenceservice.baselines;

import java.time.LocalDate;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;

/**
 * A baseline as a partner posts it (contract: "Reference service"). CSV columns: the fields, with
 * {@code source}'s flattened to {@code sourceUrl}, {@code sourceTitle}, {@code sourceRetrievedOn},
 * {@code sourceLicence}.
 */
record BaselineRequest(
        String baselineId,
        String dataset,
        BaselineVariable variable,
        String period,
        String place,
        SicSection sector,
        String sicCode,
        Long value,
        BaselineStatus status,
        Source source) {

    /** Where the figure comes from. */
    record Source(String url, String title, LocalDate retrievedOn, String licence) {}
}
