package org.recoverytracker.rules;

import java.util.List;
import java.util.Map;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.CommonEventFields;

/** Rules of a job-loss event: an employer and between 1 and 100,000 jobs. */
public final class JobLossRules implements EventRules<JobLossEvent> {

    public static final int MAX_JOBS = 100_000;

    @Override
    public List<Violation> check(JobLossEvent event) {
        final Violations violations = new Violations();
        CommonRules.check(CommonEventFields.of(event), violations);
        CommonRules.checkOrganisation(event.getEmployer(), "employer", violations);
        violations.requireBetween(event.getJobs(), 1, MAX_JOBS, "jobs");
        return violations.toList();
    }

    @Override
    public Map<String, String> constraints() {
        final Map<String, String> constraints = CommonRules.constraints("employer");
        constraints.put("jobs", Violations.between(1, MAX_JOBS));
        return constraints;
    }
}
