package org.recoverytracker.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DistrictHistoryTest {

    private static final DistrictHistory HISTORY = ReferenceData.uk().districtHistory();
    private static final LocalDate GSS_START = LocalDate.of(2009, 1, 1);

    /** A row of lad-history.csv, read here on its own rather than through the class under test. */
    record Row(String code, String name, LocalDate validFrom, LocalDate validTo, String successor) {

        boolean isCurrent() {
            return validTo == null;
        }

        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = DistrictHistory.class.getResourceAsStream("lad-history.csv")) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .stream()
                    .map(DistrictHistoryTest::row)
                    .collect(Collectors.toList());
        }
    }

    static Stream<Row> terminatedRows() throws IOException {
        return rows().stream().filter(row -> !row.isCurrent());
    }

    private static Row row(CSVRecord record) {
        return new Row(
                record.get("code"),
                record.get("name"),
                LocalDate.parse(record.get("valid_from")),
                record.get("valid_to").isEmpty() ? null : LocalDate.parse(record.get("valid_to")),
                record.get("successor").isEmpty() ? null : record.get("successor"));
    }

    @Test
    void holdsEveryCodeOfTheFileCurrentOrEnded() throws IOException {
        assertThat(rows()).hasSize(405);
        assertThat(HISTORY.codes()).hasSize(405);
        assertThat(rows().stream().filter(Row::isCurrent)).hasSize(361);
        assertThat(HISTORY.codes().stream().filter(DistrictCode::isCurrent).map(DistrictCode::code))
                .containsExactlyInAnyOrderElementsOf(
                        ReferenceData.uk().places().stream().map(Place::code).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aCodeLiveOnTheDateCountsInTheDistrictThatHoldsItsAreaToday(Row row) {
        final String today = row.isCurrent() ? row.code() : row.successor();
        final LocalDate last = row.isCurrent() ? LocalDate.of(2026, 12, 1) : row.validTo();
        for (LocalDate date : List.of(
                row.validFrom(),
                last,
                row.validFrom().plusDays(row.validFrom().until(last).getDays() / 2))) {
            final DistrictOnDate district = HISTORY.on(row.code(), date);

            assertThat(district.status()).as("%s on %s", row, date).isEqualTo(DistrictOnDate.Status.LIVE);
            assertThat(district.countsIn().orElseThrow().code())
                    .as("%s on %s", row, date)
                    .isEqualTo(today);
            assertThat(district.refusal()).isEmpty();
        }
        assertThat(ReferenceData.uk().place(today)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terminatedRows")
    void anEndedCodeAfterItsLastDayIsRefusedNamingItsSuccessor(Row row) {
        final Place successor = ReferenceData.uk().place(row.successor()).orElseThrow();
        final LocalDate dayAfter = row.validTo().plusDays(1);

        // By 2024 every successor of the file is live, so it alone is the code to use.
        final DistrictOnDate in2024 = HISTORY.on(row.code(), LocalDate.of(2024, 1, 1));
        assertThat(in2024.status()).isEqualTo(DistrictOnDate.Status.ENDED);
        assertThat(in2024.countsIn()).isEmpty();
        final LocalDate from =
                HISTORY.code(row.successor()).orElseThrow().validFrom().isAfter(dayAfter)
                        ? HISTORY.code(row.successor()).orElseThrow().validFrom()
                        : dayAfter;
        assertThat(in2024.refusal())
                .hasValue(row + " ended on " + row.validTo() + "; from " + from + " use " + successor.code() + " "
                        + successor.name());

        // The day after it ended, the message still names the district its area is in today.
        final DistrictOnDate next = HISTORY.on(row.code(), dayAfter);
        assertThat(next.status()).isEqualTo(DistrictOnDate.Status.ENDED);
        assertThat(next.refusal().orElseThrow())
                .startsWith(row + " ended on " + row.validTo() + "; ")
                .contains(successor.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aCodeBeforeItBeganIsRefusedUnlessItStandsForItsDistrictSinceBeforeGssCodes(Row row) {
        final LocalDate dayBefore = row.validFrom().minusDays(1);
        final DistrictOnDate district = HISTORY.on(row.code(), dayBefore);

        if (row.validFrom().equals(GSS_START)) {
            assertThat(district.status()).isEqualTo(DistrictOnDate.Status.LIVE);
            assertThat(HISTORY.on(row.code(), LocalDate.of(2000, 1, 1)).isLive())
                    .isTrue();
        } else {
            assertThat(district.status()).isEqualTo(DistrictOnDate.Status.NOT_YET_LIVE);
            assertThat(district.countsIn()).isEmpty();
            assertThat(district.refusal().orElseThrow()).startsWith(row + " began on " + row.validFrom() + "; ");
        }
    }

    @Test
    void harrogateCountsInNorthYorkshireUntilItEndedAndIsThenRefusedNamingIt() {
        assertThat(HISTORY.on("E07000165", LocalDate.of(2022, 6, 1))
                        .countsIn()
                        .orElseThrow()
                        .code())
                .isEqualTo("E06000065");
        assertThat(HISTORY.on("E07000165", LocalDate.of(2024, 1, 1)).refusal())
                .hasValue("E07000165 Harrogate ended on 2023-03-31; from 2023-04-01 use E06000065 North Yorkshire");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // A current code before it began: the codes live then that it holds the area of.
                "S12000049 | 2019-03-31 | S12000049 Glasgow City began on 2019-04-01; until 2019-03-31 use S12000046 Glasgow City",
                "E06000065 | 2022-06-01 | E06000065 North Yorkshire began on 2023-04-01; on 2022-06-01 its area was in"
                        + " E07000163 Craven, E07000164 Hambleton, E07000165 Harrogate, E07000166 Richmondshire,"
                        + " E07000167 Ryedale, E07000168 Scarborough, E07000169 Selby: use the one where the event happened",
                "E06000066 | 2020-01-01 | E06000066 Somerset began on 2023-04-01; on 2020-01-01 its area was in"
                        + " E07000187 Mendip, E07000188 Sedgemoor, E07000189 South Somerset,"
                        + " E07000246 Somerset West and Taunton: use the one where the event happened",
                // Codes that replaced districts of before 2019 are not in the file.
                "S12000047 | 2017-06-01 | S12000047 Fife began on 2018-02-02; the reference data has no code for its area"
                        + " on 2017-06-01",
                // An ended code before it began: the file names only its successor today.
                "E07000246 | 2019-03-31 | E07000246 Somerset West and Taunton began on 2019-04-01; the reference data"
                        + " does not say which codes its area had before then: use the code live on 2019-03-31 where"
                        + " the event happened",
                // Taunton Deane ended in 2019 but Somerset began in 2023: in between, its area was in one of four.
                "E07000190 | 2020-01-01 | E07000190 Taunton Deane ended on 2019-03-31; on 2020-01-01 its area was in"
                        + " E07000187 Mendip, E07000188 Sedgemoor, E07000189 South Somerset,"
                        + " E07000246 Somerset West and Taunton (now all in E06000066 Somerset): use the one where the"
                        + " event happened",
                "E09000099 | 2020-01-01 | E09000099 is not a known UK local authority district code: the reference data"
                        + " has every district code live since 2019-01-01"
            })
    void aRefusalNamesTheCodesToUseOnTheDate(String code, LocalDate date, String refusal) {
        assertThat(HISTORY.on(code, date).refusal()).hasValue(refusal);
    }

    private static final String HEADER = "code,name,valid_from,valid_to,successor\n";
    private static final Place NORTH_YORKSHIRE =
            ReferenceData.uk().place("E06000065").orElseThrow();
    /** Districts as they were before 2023, for a file that says Harrogate is current. */
    private static final Map<String, Place> DISTRICTS = Map.of(
            "E06000065", NORTH_YORKSHIRE, "E07000165", new Place("E07000165", "Harrogate", NORTH_YORKSHIRE.region()));

    @Test
    void readsAWellFormedFile() {
        final DistrictHistory history = DistrictHistory.parse(
                new StringReader(HEADER + "E06000065,North Yorkshire,2023-04-01,,\n"
                        + "E07000165,Harrogate,2009-01-01,2023-03-31,E06000065\n"),
                Map.of("E06000065", NORTH_YORKSHIRE));

        assertThat(history.codes()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "code,name,valid_from,valid_to\\n | must start with the header",
                "E06000065,North Yorkshire,2023-04-01,\\n | line 2: has 4 columns, not 5",
                "E0600006,North Yorkshire,2023-04-01,,\\n | line 2: code 'E0600006' is not a GSS district code",
                "E06000065,,2023-04-01,,\\n | line 2: name '' must be 1 to 200 characters",
                "E06000065,North Yorkshire,2023-4-1,,\\n | line 2: valid_from '2023-4-1' is not a date",
                "E06000065,North Yorkshire,2023-04-01,,\\nE06000065,North Yorkshire,2023-04-01,,\\n | line 3: code E06000065 is repeated",
                "E06000065,North Yorkshire,2023-04-01,2023-03-31,E07000165\\n | line 2: valid_to 2023-03-31 is before valid_from",
                "E06000065,North Yorkshire,2023-04-01,,E07000165\\n | line 2: valid_to and successor must be given together",
                "E06000065,North Yorkshire,2023-04-01,,\\n"
                        + "E07000165,Harrogate,2009-01-01,2023-03-31,E07000165\\n | line 3: successor 'E07000165' is not another",
                "E06000065,North Yorkshire,2023-04-01,,\\n"
                        + "E07000165,Harrogate,2009-01-01,2023-03-31,E07000164\\n | E07000165's successor E07000164 is not in the file",
                "E06000065,North Yorkshire,2023-04-01,,\\nE07000165,Harrogate,2009-01-01,2023-03-31,E07000164\\n"
                        + "E07000164,Hambleton,2009-01-01,2023-03-31,E07000165\\n | go round in a circle",
                "E06000065,North Yorkshire,2023-04-01,,\\n"
                        + "E07000165,Harrogate,2009-01-01,,\\n | current code E07000165 Harrogate is not one of the districts",
                "E06000065,North York,2023-04-01,,\\n | current code E06000065 North York is not one of the districts",
                "E07000165,Harrogate,2009-01-01,2023-03-31,E06000065\\n | successor E06000065 is not in the file"
            })
    void refusesAMalformedFileNamingTheLineAtFault(String rows, String problem) {
        final String file = (rows.startsWith("code,") ? "" : HEADER) + rows.replace("\\n", "\n");
        final Map<String, Place> districts = Map.of("E06000065", NORTH_YORKSHIRE);

        assertThatThrownBy(() -> DistrictHistory.parse(new StringReader(file), districts))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void refusesAFileWithoutACurrentCodeForADistrict() {
        assertThatThrownBy(() -> DistrictHistory.parse(
                        new StringReader(HEADER + "E06000065,North Yorkshire,2023-04-01,,\n"), DISTRICTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no current code for the districts [E07000165]");
    }

    @Test
    void followsAChainOfSuccessorsToTheDistrictOfToday() {
        final DistrictHistory history = DistrictHistory.parse(
                new StringReader(HEADER + "E06000065,North Yorkshire,2023-04-01,,\n"
                        + "E07000164,Hambleton,2009-01-01,2020-03-31,E07000165\n"
                        + "E07000165,Harrogate,2020-04-01,2023-03-31,E06000065\n"),
                Map.of("E06000065", NORTH_YORKSHIRE));

        assertThat(history.on("E07000164", LocalDate.of(2019, 1, 1))
                        .countsIn()
                        .orElseThrow()
                        .code())
                .isEqualTo("E06000065");
        assertThat(history.on("E07000164", LocalDate.of(2021, 1, 1)).refusal())
                .hasValue(
                        "E07000164 Hambleton ended on 2020-03-31; from 2020-04-01 to 2023-03-31 use E07000165 Harrogate");
    }
}
