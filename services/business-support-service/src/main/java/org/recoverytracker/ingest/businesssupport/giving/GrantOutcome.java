package org.recoverytracker.ingest.businesssupport.giving;

import java.util.List;
import java.util.stream.Collectors;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;

/**
 * What becomes of one grant of an import: its event, or the problems that keep it out.
 *
 * @param forbidden true when its only problem is a place the partner may not write for
 */
record GrantOutcome(Grant grant, KeyedEvent event, List<GrantProblem> problems, boolean forbidden) {

    GrantOutcome {
        problems = List.copyOf(problems);
    }

    static GrantOutcome taken(Grant grant, KeyedEvent event) {
        return new GrantOutcome(grant, event, List.of(), false);
    }

    static GrantOutcome refused(Grant grant, List<GrantProblem> problems) {
        return new GrantOutcome(grant, null, problems, false);
    }

    static GrantOutcome forbidden(Grant grant, GrantProblem problem) {
        return new GrantOutcome(grant, null, List.of(problem), true);
    }

    boolean isTaken() {
        return event != null;
    }

    /** The grant as the skipped list names it: "field: message" for each problem. */
    ImportStatus.Skipped skipped() {
        return new ImportStatus.Skipped(
                grant.index(),
                GrantProblem.shortened(grant.id(), GrantProblem.MAX_ID_CHARS),
                problems.stream()
                        .limit(ImportPlan.MAX_PROBLEMS_PER_GRANT)
                        .map(problem -> problem.field().isEmpty()
                                ? problem.message()
                                : problem.field() + ": " + problem.message())
                        .collect(Collectors.joining("; ")));
    }
}
