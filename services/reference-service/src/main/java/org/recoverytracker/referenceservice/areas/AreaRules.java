package org.recoverytracker.referenceservice.areas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.reference.DistrictHistory;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.rules.Violation;

/**
 * The rules of an area: a name, 1 to {@value #MAX_MEMBERS} members, each a current district
 * (an ended code is refused with the district that covers it today), periods that run forwards and,
 * for one district listed twice, do not overlap.
 */
final class AreaRules {

    /** More than the 361 districts of the UK: an area bigger than that is a mistake. */
    static final int MAX_MEMBERS = 400;

    static final int MAX_NAME_LENGTH = 200;

    private static final ReferenceData UK = ReferenceData.uk();

    private AreaRules() {}

    static List<Violation> check(AreaRequest area, LocalDate today) {
        final List<Violation> violations = new ArrayList<>();
        if (area.name() == null || area.name().isBlank()) {
            violations.add(new Violation("name", "is required"));
        } else if (area.name().length() > MAX_NAME_LENGTH) {
            violations.add(new Violation("name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (area.name().chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation("name", "must not hold control characters"));
        }
        if (area.members() == null || area.members().isEmpty()) {
            violations.add(new Violation("members", "is required: list at least one district"));
            return violations;
        }
        if (area.members().size() > MAX_MEMBERS) {
            violations.add(new Violation(
                    "members", "has " + area.members().size() + " districts; an area has at most " + MAX_MEMBERS));
            return violations;
        }
        final Map<String, List<AreaRequest.Member>> byPlace = new HashMap<>();
        for (int i = 0; i < area.members().size(); i++) {
            final AreaRequest.Member member = area.members().get(i);
            final String field = "members[" + i + "]";
            if (member == null) {
                violations.add(new Violation(field, "must be an object with place and, optionally, from and to"));
                continue;
            }
            if (!checkPlace(member.place(), field + ".place", today, violations)) {
                continue;
            }
            if (member.from() != null && member.to() != null && member.to().isBefore(member.from())) {
                violations.add(
                        new Violation(field + ".to", "is " + member.to() + ", before from (" + member.from() + ")"));
                continue;
            }
            byPlace.computeIfAbsent(member.place(), place -> new ArrayList<>()).add(member);
        }
        byPlace.forEach((place, periods) -> checkNoOverlap(place, periods, violations));
        return violations;
    }

    private static boolean checkPlace(String place, String field, LocalDate today, List<Violation> violations) {
        if (place == null) {
            violations.add(new Violation(field, "is required"));
            return false;
        }
        if (UK.place(place).isPresent()) {
            return true;
        }
        final DistrictHistory history = UK.districtHistory();
        final String why = history.code(place).isPresent()
                ? history.on(place, today).refusal().orElse(place + " is not a current district")
                : "must be the ONS GSS code of a current UK local authority district, like E09000018, but was '" + place
                        + "'";
        violations.add(new Violation(field, why + "; an area's members are today's districts"));
        return false;
    }

    private static void checkNoOverlap(String place, List<AreaRequest.Member> periods, List<Violation> violations) {
        final List<AreaRequest.Member> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(AreaRequest.Member::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int i = 1; i < sorted.size(); i++) {
            final LocalDate previousEnd = sorted.get(i - 1).to();
            final LocalDate start = sorted.get(i).from();
            if (previousEnd == null || start == null || !start.isAfter(previousEnd)) {
                violations.add(new Violation(
                        "members",
                        place + " is listed more than once with periods that overlap; give each period once"));
                return;
            }
        }
    }
}
