package org.recoverytracker.rules;

import java.util.List;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.schemas.CommonEventFields;

/** Rules of a green-economy event: an organisation, and no negative jobs or investment. */
public final class GreenEconomyRules implements EventRules<GreenEconomyEvent> {

    @Override
    public List<Violation> check(GreenEconomyEvent event) {
        final Violations violations = new Violations();
        CommonRules.check(CommonEventFields.of(event), violations);
        CommonRules.checkOrganisation(event.getOrganisation(), "organisation", violations);
        violations.requireAtLeast(event.getJobsCreated(), 0, "jobsCreated");
        violations.requireAmount(event.getInvestmentPence(), "investmentPence");
        return violations.toList();
    }
}
