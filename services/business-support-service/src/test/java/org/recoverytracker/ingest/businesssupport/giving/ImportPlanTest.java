package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;
import org.recoverytracker.schemas.EventKey;
import org.springframework.http.HttpStatus;

class ImportPlanTest {

    @Test
    void publishesEveryGrantWhenAllCanBeTaken() {
        final ImportPlan plan = ImportPlan.decide(List.of(taken(0), taken(1)), false, "p");

        assertThat(plan.events()).hasSize(2);
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void refusesTheWholePackageForOneGrantThatCantBeTakenListingEveryOne() {
        assertThatThrownBy(() -> ImportPlan.decide(List.of(taken(0), refused(1), refused(2)), false, "p"))
                .isInstanceOfSatisfying(GrantsRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.getMessage())
                            .isEqualTo("2 of 3 grants can't be imported; nothing was published. See errors for what"
                                    + " to fix, or import the others with ?skipInvalid=true.");
                    assertThat(e.problems()).extracting(GrantProblem::id).containsExactly("360G-1", "360G-2");
                    assertThat(e.grantCount()).isEqualTo(3);
                });
    }

    @Test
    void refusesWithA403WhenThePartnersPlacesAreTheOnlyReason() {
        assertThatThrownBy(() -> ImportPlan.decide(List.of(taken(0), forbidden(1)), false, "p"))
                .isInstanceOfSatisfying(
                        GrantsRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> ImportPlan.decide(List.of(refused(0), forbidden(1)), false, "p"))
                .isInstanceOfSatisfying(
                        GrantsRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @Test
    void skipsWhatCantBeTakenWhenAskedSayingWhy() {
        final ImportPlan plan = ImportPlan.decide(List.of(refused(0), taken(1), forbidden(2)), true, "p");

        assertThat(plan.events()).hasSize(1);
        assertThat(plan.skipped())
                .containsExactly(
                        new ImportStatus.Skipped(0, "360G-0", "currency: is 'EUR'"),
                        new ImportStatus.Skipped(2, "360G-2", "beneficiaryLocation: partner 'p' may not write for X"));
    }

    @Test
    void refusesASkippingImportWithNothingToPublish() {
        assertThatThrownBy(() -> ImportPlan.decide(List.of(refused(0)), true, "p"))
                .isInstanceOf(GrantsRefusedException.class);
    }

    @Test
    void listsAtMostAThousandProblems() {
        final List<GrantOutcome> outcomes =
                IntStream.range(0, 1_500).mapToObj(ImportPlanTest::refused).toList();

        assertThatThrownBy(() -> ImportPlan.decide(outcomes, false, "p"))
                .isInstanceOfSatisfying(GrantsRefusedException.class, e -> {
                    assertThat(e.problems()).hasSize(ImportPlan.MAX_PROBLEMS + 1);
                    assertThat(e.problems().get(ImportPlan.MAX_PROBLEMS).message())
                            .startsWith("not listed: the first 1000 problems");
                });
    }

    private static Grant grant(int index) {
        return new Grant(
                index,
                PackageFormat.JSON,
                "360G-" + index,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                null,
                List.of(),
                List.of());
    }

    private static GrantOutcome taken(int index) {
        return GrantOutcome.taken(grant(index), new KeyedEvent(new EventKey("p", "360g-" + index), null));
    }

    private static GrantOutcome refused(int index) {
        final Grant grant = grant(index);
        return GrantOutcome.refused(grant, List.of(grant.problem(GrantField.CURRENCY, "is 'EUR'")));
    }

    private static GrantOutcome forbidden(int index) {
        final Grant grant = grant(index);
        return GrantOutcome.forbidden(
                grant, grant.problem(GrantField.BENEFICIARY_LOCATION, "partner 'p' may not write for X"));
    }
}
