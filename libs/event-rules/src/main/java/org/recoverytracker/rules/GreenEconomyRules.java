package org.recoverytracker.rules;

import java.util.List;
import java.util.Map;
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

    @Override
    public Map<String, String> constraints() {
        final Map<String, String> constraints = CommonRules.constraints("organisation");
        constraints.put("jobsCreated", Violations.atLeast(0));
        constraints.put("investmentPence", Violations.amount());
        return constraints;
    }
}
