package org.recoverytracker.referenceservice.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.rules.Violation;

class AreaRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void anAreaHasAtMostFourHundredMembers() {
        final List<String> districts =
                ReferenceData.uk().places().stream().map(Place::code).toList();
        final List<AreaRequest.Member> members = new ArrayList<>();
        for (int i = 0; i <= AreaRules.MAX_MEMBERS; i++) {
            members.add(new AreaRequest.Member(
                    districts.get(i % districts.size()), LocalDate.of(2000 + i / districts.size(), 1, 1), null));
        }

        final List<Violation> tooMany = AreaRules.check(new AreaRequest(null, "Everywhere", members, null), TODAY);
        final List<Violation> enough =
                AreaRules.check(new AreaRequest(null, "Everywhere", members.subList(0, districts.size()), null), TODAY);

        assertThat(tooMany).extracting(Violation::field).containsExactly("members");
        assertThat(tooMany.get(0).message()).contains("401 districts");
        assertThat(enough).isEmpty();
    }

    @Test
    void aNameIsRequiredShortAndPrintable() {
        final List<AreaRequest.Member> hounslow = List.of(new AreaRequest.Member("E09000018", null, null));

        assertThat(AreaRules.check(new AreaRequest(null, " ", hounslow, null), TODAY))
                .extracting(Violation::message)
                .containsExactly("is required");
        assertThat(AreaRules.check(new AreaRequest(null, "x".repeat(201), hounslow, null), TODAY))
                .extracting(Violation::field)
                .containsExactly("name");
        assertThat(AreaRules.check(new AreaRequest(null, "Zone\u0007", hounslow, null), TODAY))
                .extracting(Violation::message)
                .containsExactly("must not hold control characters");
    }
}
