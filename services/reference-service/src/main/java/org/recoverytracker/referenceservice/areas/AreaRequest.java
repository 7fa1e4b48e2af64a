package org.recoverytracker.referenceservice.areas;

import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.reference.records.AreaVisibility;

/**
 * An area as a partner posts it: {@code {"name", "members": [{"place", "from"?, "to"?}],
 * "visibility"}}, with {@code areaId} in each item of a batch.
 *
 * @param visibility PUBLIC when left out: an area is a grouping of districts whose figures are public anyway
 */
record AreaRequest(String areaId, String name, List<Member> members, AreaVisibility visibility) {

    /** A district that belongs to the area from one day to another, both inclusive and optional. */
    record Member(String place, LocalDate from, LocalDate to) {}
}
