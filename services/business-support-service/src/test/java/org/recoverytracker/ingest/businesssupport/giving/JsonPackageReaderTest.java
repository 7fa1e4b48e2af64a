package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.testsupport.giving.GivingPackageSchema;
import org.springframework.http.HttpStatus;

class JsonPackageReaderTest {

    @Test
    void readsTheFieldsTheImportUsesFromEachGrant() {
        final List<Grant> grants = read(GivingPackageSchema.resource("packages/three-grants.json"));

        assertThat(grants).hasSize(3);
        final Grant first = grants.get(0);
        assertThat(first.id()).isEqualTo("360G-ExampleTrust-0001");
        assertThat(first.currency()).isEqualTo("GBP");
        assertThat(first.amountAwarded()).isEqualByComparingTo("25000");
        assertThat(first.awardDate()).isEqualTo("2021-03-01");
        assertThat(first.recipient())
                .isEqualTo(new Grant.Recipient("GB-COH-09876543", "Bath Road Cafe Ltd", "09876543"));
        assertThat(first.locations())
                .containsExactly(
                        new Grant.Location("Hounslow", "E09000018", "LONB"),
                        new Grant.Location("London", "E12000007", "RGN/GOR"));
        assertThat(first.programme()).isEqualTo(new Grant.Programme("REOPEN", "High Street Reopening Fund"));
        assertThat(first.classifications())
                .containsExactly(new Grant.Classification("SIC 2007", "56.10", "Restaurants and mobile food service"));
        assertThat(first.problems()).isEmpty();
        assertThat(grants.get(1).index()).isEqualTo(1);
    }

    @Test
    void keepsDecimalAmountsExact() {
        final Grant grant = read("{\"grants\": [{\"amountAwarded\": 1500.10}]}").get(0);

        assertThat(grant.amountAwarded()).isEqualTo(new BigDecimal("1500.10"));
    }

    @Test
    void namesFieldsOfTheWrongTypeWithoutStopping() {
        final Grant grant =
                read("{\"grants\": [{\"id\": 7, \"amountAwarded\": \"2500\", \"beneficiaryLocation\": {}}]}")
                        .get(0);

        assertThat(grant.problems())
                .extracting(GrantProblem::field, GrantProblem::message)
                .containsExactly(
                        tuple("id", "id must be text, but was 7"),
                        tuple("amountAwarded", "must be a number of pounds, like 2500 or 2500.50, but was '2500'"),
                        tuple("beneficiaryLocation", "must be a list of objects"));
    }

    @Test
    void boundsTheLengthOfTextAndTheItemsOfLists() {
        final String locations =
                "{\"name\": \"Hounslow\"},".repeat(GrantReader.MAX_LOCATIONS) + "{\"name\": \"Hounslow\"}";
        final Grant grant = read("{\"grants\": [{\"id\": \"" + "x".repeat(GrantReader.MAX_ID + 1)
                        + "\", \"beneficiaryLocation\": [" + locations + "]}]}")
                .get(0);

        assertThat(grant.problems())
                .extracting(GrantProblem::message)
                .containsExactly(
                        "id has 201 characters; at most 200 are read", "has 101 items; the import reads at most 100");
    }

    @Test
    void refusesMoreGrantsThanABatchMayHold() {
        assertThatThrownBy(
                        () -> JsonPackageReader.read("{\"grants\": [{}, {}, {}]}".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }

    @Test
    void refusesABodyThatIsNotAPackage() {
        assertThatThrownBy(() -> read("[{\"id\": \"360G-x\"}]"))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.getMessage())
                                .startsWith("Expected a 360Giving package: a JSON object whose grants is a list"));
        assertThatThrownBy(() -> read("{\"grants\": "))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.getMessage()).startsWith("The body is not valid JSON"));
    }

    @Test
    void readsExtensionsNestedDeeperThanAnyEvent() {
        final String deep = "[".repeat(12) + "]".repeat(12);

        assertThat(read("{\"grants\": [{\"x\": " + deep + "}]}")).hasSize(1);
    }

    @Test
    void refusesNestingDeeperThanAnyPackage() {
        final String deep =
                "[".repeat(JsonPackageReader.MAX_NESTING_DEPTH) + "]".repeat(JsonPackageReader.MAX_NESTING_DEPTH);

        assertThatThrownBy(() -> read("{\"grants\": [{\"x\": " + deep + "}]}"))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    private static List<Grant> read(String json) {
        return JsonPackageReader.read(json.getBytes(StandardCharsets.UTF_8), 10_000);
    }
}
