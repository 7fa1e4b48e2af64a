package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.reference.records.Area;

class SchemaFieldsTest {

    @Test
    void flattensNestedRecordsIntoDottedPathsAndUnwrapsOptionalFields() {
        final List<SchemaFields.Field> fields = SchemaFields.of(JobLossEvent.getClassSchema());

        assertThat(fields)
                .extracting(SchemaFields.Field::path)
                .containsSubsequence("eventId", "employer", "employer.name", "employer.companyNumber", "jobs");
        final SchemaFields.Field sicCode = field(fields, "sicCode");
        assertThat(sicCode.optional()).isTrue();
        assertThat(sicCode.schema().getType()).isEqualTo(Schema.Type.STRING);
        assertThat(field(fields, "jobs").optional()).isFalse();
        assertThat(field(fields, "jobs").doc()).contains("1 to 100000");
    }

    @Test
    void namesTheFieldsOfTheRecordsInAListByBrackets() {
        assertThat(SchemaFields.of(Area.getClassSchema()))
                .extracting(SchemaFields.Field::path)
                .containsSubsequence("members", "members[].place", "members[].from", "members[].to");
    }

    @Test
    void listsEveryRecordWrittenToKafka() {
        assertThat(WrittenRecords.schemas())
                .extracting(Schema::getName)
                .containsExactly("JobLossEvent", "BusinessSupportEvent", "GreenEconomyEvent", "Area", "Baseline");
    }

    private static SchemaFields.Field field(List<SchemaFields.Field> fields, String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }
}
