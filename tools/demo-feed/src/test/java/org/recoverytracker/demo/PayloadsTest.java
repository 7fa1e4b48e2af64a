package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.demo.DemoEvent.Activity;
import org.recoverytracker.demo.DemoEvent.BusinessSupport;
import org.recoverytracker.demo.DemoEvent.GreenEconomy;
import org.recoverytracker.demo.DemoEvent.JobLoss;
import org.recoverytracker.demo.DemoEvent.Status;
import org.recoverytracker.demo.DemoEvent.SupportType;
import org.recoverytracker.demo.Step.Identified;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class PayloadsTest {

    private static final JobLoss JOB_LOSS =
            new JobLoss("E09000018", "51.10", LocalDate.of(2020, 4, 28), "Westway Airways Ltd", 1850, Status.PROPOSED);

    @Test
    void writesAnEventInTheContractsFieldNames() {
        assertThat(Payloads.json(JOB_LOSS)).isEqualTo("""
                {"place":"E09000018","sicCode":"51.10","occurredOn":"2020-04-28",\
                "employer":{"name":"Westway Airways Ltd"},"jobs":1850,"status":"PROPOSED"}""");
        assertThat(Payloads.json(new BusinessSupport(
                        "E08000032",
                        "28.29",
                        LocalDate.of(2022, 12, 5),
                        "Airedale Engineering Ltd",
                        "Recovery Loan Scheme",
                        SupportType.LOAN,
                        40_000_000L,
                        60,
                        0)))
                .isEqualTo("""
                        {"place":"E08000032","sicCode":"28.29","occurredOn":"2022-12-05",\
                        "recipient":{"name":"Airedale Engineering Ltd"},"programme":"Recovery Loan Scheme",\
                        "supportType":"LOAN","amountPence":40000000,"jobsSafeguarded":60,"jobsCreated":0}""");
        assertThat(Payloads.json(new GreenEconomy(
                        "N09000003",
                        "52.22",
                        LocalDate.of(2021, 4, 19),
                        "Belfast Harbour Offshore Wind Services Ltd",
                        Activity.LOW_CARBON_ELECTRICITY,
                        45,
                        1_500_000_000L)))
                .isEqualTo("""
                        {"place":"N09000003","sicCode":"52.22","occurredOn":"2021-04-19",\
                        "organisation":{"name":"Belfast Harbour Offshore Wind Services Ltd"},\
                        "activity":"LOW_CARBON_ELECTRICITY","jobsCreated":45,"investmentPence":1500000000}""");
    }

    @Test
    void givesEachEventOfAJsonBatchItsId() {
        assertThat(Payloads.jsonBatch(List.of(new Identified("HR1-2020-0412", JOB_LOSS))))
                .isEqualTo("""
                        [{"eventId":"HR1-2020-0412","place":"E09000018","sicCode":"51.10","occurredOn":"2020-04-28",\
                        "employer":{"name":"Westway Airways Ltd"},"jobs":1850,"status":"PROPOSED"}]""");
    }

    @Test
    void writesCsvWithTheOrganisationFlattened() {
        final BusinessSupport award = new BusinessSupport(
                "E08000032",
                "56.10",
                LocalDate.of(2021, 1, 5),
                "Smith, Jones and \"Sons\" Ltd",
                "Additional Restrictions Grant (ARG)",
                SupportType.GRANT,
                500_000L,
                3,
                0);
        final String csv = Payloads.csvBatch(List.of(
                new Identified("BFD-ARG-0001", award), new Identified("BFD-ARG-0002", award.withAmountPence(0))));

        assertThat(csv.lines().findFirst())
                .hasValue("eventId,place,sicCode,occurredOn,recipientName,programme,"
                        + "supportType,amountPence,jobsSafeguarded,jobsCreated");
        final Map<String, String> first = new LinkedHashMap<>();
        first.put("eventId", "BFD-ARG-0001");
        first.put("place", "E08000032");
        first.put("sicCode", "56.10");
        first.put("occurredOn", "2021-01-05");
        first.put("recipientName", "Smith, Jones and \"Sons\" Ltd");
        first.put("programme", "Additional Restrictions Grant (ARG)");
        first.put("supportType", "GRANT");
        first.put("amountPence", "500000");
        first.put("jobsSafeguarded", "3");
        first.put("jobsCreated", "0");
        final Map<String, String> second = new LinkedHashMap<>(first);
        second.put("eventId", "BFD-ARG-0002");
        second.put("amountPence", "0");
        assertThat(readCsv(csv)).containsExactly(first, second);
    }

    /** Reads CSV as the ingest services do: RFC 4180, a header row. */
    private static List<Map<String, String>> readCsv(String csv) {
        try (MappingIterator<Map<String, String>> rows = CsvMapper.builder()
                .build()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }
}
