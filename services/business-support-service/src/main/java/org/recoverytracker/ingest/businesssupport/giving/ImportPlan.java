package org.recoverytracker.ingest.businesssupport.giving;

import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;

/**
 * What an import publishes, decided from every grant's outcome. Without {@code skipInvalid} it is
 * all or nothing: one grant that can't be taken refuses the import, listing every such grant (a
 * 422, or a 403 when the only reason is places the partner may not write for, as the ingest API
 * does). With it, the grants that can be taken are published and the others listed as skipped;
 * when none can be, the import is refused all the same, since publishing nothing is never what a
 * publisher meant.
 *
 * @param events the events to publish in one transaction
 * @param skipped the grants left out, with why
 */
record ImportPlan(List<KeyedEvent> events, List<ImportStatus.Skipped> skipped) {

    /** Problems listed in one refusal, as the ingest API lists at most that many. */
    static final int MAX_PROBLEMS = 1_000;

    /** Problems listed for one grant. */
    static final int MAX_PROBLEMS_PER_GRANT = 10;

    static ImportPlan decide(List<GrantOutcome> outcomes, boolean skipInvalid, String partner) {
        final List<GrantOutcome> refused =
                outcomes.stream().filter(outcome -> !outcome.isTaken()).toList();
        final List<KeyedEvent> events = outcomes.stream()
                .filter(GrantOutcome::isTaken)
                .map(GrantOutcome::event)
                .toList();
        if (refused.isEmpty() || skipInvalid && !events.isEmpty()) {
            return new ImportPlan(
                    events, refused.stream().map(GrantOutcome::skipped).toList());
        }
        final List<GrantProblem> problems = listed(refused);
        if (refused.stream().allMatch(GrantOutcome::forbidden)) {
            throw GrantsRefusedException.forbidden(problems, refused.size(), outcomes.size(), partner);
        }
        throw GrantsRefusedException.invalid(problems, refused.size(), outcomes.size());
    }

    private static List<GrantProblem> listed(List<GrantOutcome> refused) {
        final List<GrantProblem> listed = new ArrayList<>();
        for (GrantOutcome outcome : refused) {
            final List<GrantProblem> problems = outcome.problems();
            if (listed.size() + Math.min(problems.size(), MAX_PROBLEMS_PER_GRANT) > MAX_PROBLEMS) {
                listed.add(new GrantProblem(
                        outcome.grant().index(),
                        outcome.grant().id(),
                        "",
                        "not listed: the first " + listed.size() + " problems of this import are; fix them and"
                                + " send it again"));
                break;
            }
            listed.addAll(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_PER_GRANT)));
            if (problems.size() > MAX_PROBLEMS_PER_GRANT) {
                listed.add(new GrantProblem(
                        outcome.grant().index(),
                        outcome.grant().id(),
                        "",
                        "has more problems than the " + MAX_PROBLEMS_PER_GRANT + " listed"));
            }
        }
        return listed;
    }
}
