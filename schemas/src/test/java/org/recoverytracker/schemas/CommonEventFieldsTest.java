package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommonEventFieldsTest {

    private static final List<String> COMMON = List.of(
            CommonEventFields.EVENT_ID,
            CommonEventFields.PARTNER,
            CommonEventFields.RECEIVED_AT,
            CommonEventFields.PLACE,
            CommonEventFields.SIC_CODE,
            CommonEventFields.SECTOR,
            CommonEventFields.OCCURRED_ON);

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void everyKindHasTheCommonFieldsWithTheJobLossTypes(EventKind kind) {
        final Schema reference = SpecificData.get().getSchema(EventKind.JOB_LOSS.recordClass());
        final Schema schema = SpecificData.get().getSchema(kind.recordClass());

        for (String name : COMMON) {
            assertThat(schema.getField(name))
                    .as("%s.%s", schema.getName(), name)
                    .isNotNull();
            assertThat(schema.getField(name).schema())
                    .as("%s.%s", schema.getName(), name)
                    .isEqualTo(reference.getField(name).schema());
        }
    }
}
