package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.testsupport.giving.GivingPackageSchema;

class CsvPackageReaderTest {

    @Test
    void readsTheSameGrantsAsTheJsonOfThePackage() {
        final List<Grant> csv = read(GivingPackageSchema.resource("packages/three-grants.csv"));
        final List<Grant> json = JsonPackageReader.read(
                GivingPackageSchema.resource("packages/three-grants.json").getBytes(StandardCharsets.UTF_8), 10_000);

        assertThat(csv).hasSize(3);
        for (int i = 0; i < 3; i++) {
            final Grant fromCsv = csv.get(i);
            final Grant fromJson = json.get(i);
            assertThat(fromCsv.id()).isEqualTo(fromJson.id());
            assertThat(fromCsv.amountAwarded()).isEqualByComparingTo(fromJson.amountAwarded());
            assertThat(fromCsv.awardDate()).isEqualTo(fromJson.awardDate());
            assertThat(fromCsv.recipient().name())
                    .isEqualTo(fromJson.recipient().name());
            assertThat(fromCsv.locations()).isEqualTo(fromJson.locations());
            assertThat(fromCsv.classifications())
                    .extracting(Grant.Classification::code)
                    .isEqualTo(fromJson.classifications().stream()
                            .map(Grant.Classification::code)
                            .toList());
            assertThat(fromCsv.problems()).isEmpty();
        }
    }

    @Test
    void aTitleWithoutANumberIsTheFirstItemOfItsList() {
        final Grant grant =
                read("Identifier,Beneficiary Location:Name,Beneficiary Location:1:Name,Grant Programme:Title\n"
                                + "360G-x,Mendip 004B,Mendip 004C,Reopening\n")
                        .get(0);

        assertThat(grant.locations()).extracting(Grant.Location::name).containsExactly("Mendip 004B", "Mendip 004C");
        assertThat(grant.programme().title()).isEqualTo("Reopening");
    }

    @Test
    void matchesTitlesWhateverTheirCaseAndSpacesAroundColons() {
        final Grant grant = read("identifier,Grant Programme: Title,RECIPIENT ORG : NAME\n360G-x,Reopening,Cafe Ltd\n")
                .get(0);

        assertThat(grant.programme().title()).isEqualTo("Reopening");
        assertThat(grant.recipient().name()).isEqualTo("Cafe Ltd");
    }

    @Test
    void leavesOtherColumnsAlone() {
        final Grant grant = read("Identifier,Funding Org:Name,Description,Something Else\n360G-x,Trust,Words,?\n")
                .get(0);

        assertThat(grant.id()).isEqualTo("360G-x");
        assertThat(grant.problems()).isEmpty();
    }

    @Test
    void passesOverTheEmptyColumnsSpreadsheetsSaveAfterTheLast() {
        final List<Grant> grants = read("\uFEFFIdentifier,Title,,\n360G-x,A grant,,\n");

        assertThat(grants).extracting(Grant::id).containsExactly("360G-x");
        assertThat(grants.get(0).problems()).isEmpty();
    }

    @Test
    void anAmountWithASymbolOrSeparatorIsNamedAsNotANumber() {
        final Grant grant =
                read("Identifier,Amount Awarded\n360G-x,\"£2,500\"\n").get(0);

        assertThat(grant.problems())
                .extracting(GrantProblem::field, GrantProblem::message)
                .containsExactly(
                        tuple("Amount Awarded", "must be a number of pounds, like 2500 or 2500.50, but was '£2,500'"));
    }

    @Test
    void aRecipientIndividualIsRecognised() {
        final Grant grant = read("Identifier,Recipient Ind:Identifier,Recipient Ind:Name\n360G-x,360G-p-1,A Person\n")
                .get(0);

        assertThat(grant.toIndividual()).isTrue();
        assertThat(grant.recipient()).isNull();
    }

    @Test
    void aRowOfTheWrongWidthIsAProblemOfItsGrant() {
        final Grant grant = read("Identifier,Title\n360G-x,A grant,extra\n").get(0);

        assertThat(grant.problems())
                .extracting(GrantProblem::message)
                .containsExactly("has 3 cells, but the header has 2 columns (CSV line 2)");
    }

    @Test
    void refusesTwoColumnsForOneField() {
        assertThatThrownBy(() -> read("Beneficiary Location:Name,Beneficiary Location:0:Name\na,b\n"))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.getMessage()).contains("are the same field of a grant"));
    }

    @Test
    void refusesMoreRowsThanABatchMayHold() {
        assertThatThrownBy(() -> CsvPackageReader.read(
                        "Identifier\na\nb\nc\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 2))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessageStartingWith("The package has more than 2 grants");
    }

    private static List<Grant> read(String csv) {
        return CsvPackageReader.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 10_000);
    }
}
