package org.recoverytracker.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.problems.RowError;
import org.springframework.http.HttpStatus;

class CsvEventItemsTest {

    private static final String HEADER =
            "eventId,place,sicCode,occurredOn,employerName,employerCompanyNumber,jobs,status\n";

    @Test
    void turnsEachRowIntoAnEventWithTheOrganisationNested() {
        final EventItems items = read(
                HEADER + "hr1-1,E09000018,51.10,2020-04-14,\"Heathrow Airline Services, Ltd\",01234567,250,PROPOSED\n");

        assertThat(items.size()).isEqualTo(1);
        assertThat(items.items().get(0).toString())
                .isEqualTo("{\"eventId\":\"hr1-1\",\"place\":\"E09000018\","
                        + "\"sicCode\":\"51.10\",\"occurredOn\":\"2020-04-14\",\"employer\":{\"name\":\"Heathrow Airline Services, Ltd\","
                        + "\"companyNumber\":\"01234567\"},\"jobs\":\"250\",\"status\":\"PROPOSED\"}");
        assertThat(items.readErrors()).isEmpty();
    }

    @Test
    void leavesEmptyCellsOut() {
        final EventItems items = read(HEADER + "hr1-1,E09000018,,2020-04-14,Acme,,250,PROPOSED\n");

        assertThat(items.items().get(0).has("sicCode")).isFalse();
        assertThat(items.items().get(0).get("employer").has("companyNumber")).isFalse();
    }

    @Test
    void ignoresASpreadsheetsByteOrderMark() {
        final EventItems items = read("\uFEFF" + HEADER + "hr1-1,E09000018,51,2020-04-14,Acme,,250,PROPOSED\n");

        assertThat(items.items().get(0).has("eventId")).isTrue();
    }

    @Test
    void namesFieldsByColumnInErrors() {
        final EventItems items = read(HEADER);

        assertThat(items.fieldNames().nameOf("employer.name")).isEqualTo("employerName");
        assertThat(items.fieldNames().nameOf("jobs")).isEqualTo("jobs");
        assertThat(items.fieldNames().nameOf("employer"))
                .as("a missing organisation")
                .isEqualTo("employerName");
    }

    @Test
    void reportsARowWithMoreCellsThanTheHeader() {
        final EventItems items = read(HEADER
                + "hr1-1,E09000018,51,2020-04-14,Acme,,250,PROPOSED\n"
                + "hr1-2,E09000018,51,2020-04-14,Acme,,250,PROPOSED,extra\n");

        assertThat(items.size()).isEqualTo(2);
        assertThat(items.readErrors())
                .containsExactly(new RowError(1, "", "has 9 cells, but the header has 8 columns (CSV line 3)"));
    }

    @Test
    void refusesMoreRowsThanTheBatchLimit() {
        final String rows = HEADER + "a,E09000018,51,2020-04-14,Acme,,1,PROPOSED\n".repeat(4);

        assertThatThrownBy(() -> CsvEventItems.batch(
                        rows.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "employer", 3))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }

    @Test
    void refusesADuplicatedColumnAsMalformed() {
        assertThatThrownBy(() -> read("place,place\nE09000018,E09000018\n"))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void refusesAnUnclosedQuoteAsMalformed() {
        assertThatThrownBy(() -> read(HEADER + "hr1-1,\"E09000018,51\n"))
                .isInstanceOfSatisfying(RejectedRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith("The body is not valid CSV");
                });
    }

    @Test
    void refusesAnEmptyBody() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("The body is empty; expected CSV with a header row."));
    }

    private static EventItems read(String csv) {
        return CsvEventItems.batch(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "employer", 10_000);
    }
}
