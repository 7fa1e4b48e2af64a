package org.recoverytracker.views.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.downloads.CsvwMetadata;
import org.recoverytracker.schemas.SchemaFields;
import org.recoverytracker.schemas.WrittenRecords;
import org.recoverytracker.views.baselines.IndexFigures;
import org.recoverytracker.views.open.OpenMeasure;
import org.recoverytracker.views.topology.Measures;
import org.springframework.http.ResponseEntity;

/**
 * The data dictionary against what it describes: every field of every record written to Kafka and
 * every figure the Views API answers has an entry with a meaning, and the event rules' limits are
 * stated as the rules check them.
 */
class DataDictionaryTest {

    private static final DataDictionary.Entries DICTIONARY = DataDictionary.entries();

    @Test
    void everyFieldOfEveryRecordHasAnEntryWithAMeaning() {
        final Set<String> listed = DICTIONARY.fields().stream()
                .map(field -> field.record() + "." + field.field())
                .collect(Collectors.toSet());
        final List<String> fields = new ArrayList<>();
        WrittenRecords.classes().forEach(type -> {
            final String record = SpecificData.get().getSchema(type).getName();
            SchemaFields.of(SpecificData.get().getSchema(type))
                    .forEach(field -> fields.add(record + "." + field.path()));
        });

        assertThat(listed).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(DICTIONARY.fields())
                .filteredOn(field -> field.meaning() == null || field.meaning().isBlank())
                .as("fields whose schema gives no doc")
                .isEmpty();
    }

    @Test
    void statesTheDisclosureProfileItsRulesAndEveryFlagTheOpenViewsUse() {
        final DataDictionary.Disclosure disclosure = DICTIONARY.disclosure();
        assertThat(disclosure.profile()).isEqualTo("sdc-1");
        assertThat(disclosure.rules())
                .hasSize(8)
                .allSatisfy(rule -> assertThat(rule).matches("\\d\\. .{20,}"));
        assertThat(disclosure.flags()).containsOnlyKeys("c", "k", "p", "r");
        for (OpenMeasure measure : OpenMeasure.values()) {
            assertThat(DICTIONARY.measures()).anyMatch(entry -> entry.measure().equals(measure.field()));
        }
    }

    @Test
    void everyFigureTheViewsAnswerHasAnEntryWithAMeaning() {
        final List<String> figures = new ArrayList<>();
        Arrays.stream(Measures.class.getRecordComponents())
                .map(RecordComponent::getName)
                .forEach(figures::add);
        figures.add("netJobChange");
        Arrays.stream(IndexFigures.class.getRecordComponents())
                .filter(component -> component.getType() == Double.class)
                .map(RecordComponent::getName)
                .forEach(figures::add);

        assertThat(DICTIONARY.measures())
                .extracting(DataDictionary.MeasureEntry::measure)
                .containsExactlyInAnyOrderElementsOf(figures);
        assertThat(DICTIONARY.measures())
                .allSatisfy(measure ->
                        assertThat(measure.meaning()).as(measure.measure()).isNotBlank());
    }

    @Test
    void statesTheRulesLimitsTypesAndVersions() {
        final DataDictionary.FieldEntry jobs = field("JobLossEvent", "jobs");
        assertThat(jobs.constraints()).isEqualTo("between 1 and 100000");
        assertThat(jobs.type()).isEqualTo("integer");
        assertThat(jobs.required()).isTrue();
        assertThat(jobs.addedInVersion()).isEqualTo(1);
        assertThat(field("JobLossEvent", "status").constraints()).isEqualTo("one of PROPOSED, CONFIRMED");
        assertThat(field("JobLossEvent", "occurredOn").type()).isEqualTo("date (ISO 8601, yyyy-mm-dd)");
        assertThat(field("BusinessSupportEvent", "recipient.companyNumber").required())
                .isFalse();
        assertThat(field("BusinessSupportEvent", "recipient.companyNumber").constraints())
                .startsWith("a Companies House number");
        assertThat(field("Area", "members[].place").type()).isEqualTo("string");
        assertThat(field("Area", "members").type()).isEqualTo("array of object");
    }

    @Test
    void theCsvHasARowPerFieldThenPerMeasure() throws IOException {
        final ResponseEntity<String> csv = new DictionaryController().csv();

        final List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.getBody()))
                .getRecords();
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(rows)
                .hasSize(DICTIONARY.fields().size() + DICTIONARY.measures().size());
        assertThat(rows.get(0).getParser().getHeaderNames())
                .isEqualTo(DictionaryController.CSV_COLUMNS.stream()
                        .map(CsvwMetadata.Column::name)
                        .toList());
        assertThat(csv.getHeaders().getFirst("Link"))
                .isEqualTo("</downloads/dictionary.csv-metadata.json>; rel=\"describedby\"");
        final CSVRecord jobs = rows.stream()
                .filter(row -> row.get("record").equals("JobLossEvent")
                        && row.get("field").equals("jobs"))
                .findFirst()
                .orElseThrow();
        assertThat(jobs.get("constraints")).isEqualTo("between 1 and 100000");
        assertThat(rows.get(rows.size() - 1).get("kind")).isEqualTo("measure");
    }

    private static DataDictionary.FieldEntry field(String record, String path) {
        return DICTIONARY.fields().stream()
                .filter(field -> field.record().equals(record) && field.field().equals(path))
                .findFirst()
                .orElseThrow();
    }
}
