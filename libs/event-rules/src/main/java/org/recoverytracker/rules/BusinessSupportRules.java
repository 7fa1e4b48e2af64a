package org.recoverytracker.rules;

import java.util.List;
import java.util.Map;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.schemas.CommonEventFields;

/** Rules of a business-support event: a recipient, a programme, and amounts neither negative nor absurd. */
public final class BusinessSupportRules implements EventRules<BusinessSupportEvent> {

    public static final int MAX_PROGRAMME_LENGTH = 200;

    @Override
    public List<Violation> check(BusinessSupportEvent event) {
        final Violations violations = new Violations();
        CommonRules.check(CommonEventFields.of(event), violations);
        CommonRules.checkOrganisation(event.getRecipient(), "recipient", violations);
        violations.requireText(event.getProgramme(), MAX_PROGRAMME_LENGTH, "programme");
        violations.requireAmount(event.getAmountPence(), "amountPence");
        violations.requireAtLeast(event.getJobsSafeguarded(), 0, "jobsSafeguarded");
        violations.requireAtLeast(event.getJobsCreated(), 0, "jobsCreated");
        return violations.toList();
    }

    @Override
    public Map<String, String> constraints() {
        final Map<String, String> constraints = CommonRules.constraints("recipient");
        constraints.put("programme", Violations.text(MAX_PROGRAMME_LENGTH));
        constraints.put("amountPence", Violations.amount());
        constraints.put("jobsSafeguarded", Violations.atLeast(0));
        constraints.put("jobsCreated", Violations.atLeast(0));
        return constraints;
    }
}
