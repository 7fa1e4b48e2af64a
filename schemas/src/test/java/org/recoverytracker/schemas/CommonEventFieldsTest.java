package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.schemas.testing.SampleEvents;

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

    @Test
    void readsTheCommonFieldsOfEveryKind() {
        final List<SpecificRecord> events = List.of(
                SampleEvents.jobLoss().setEventId("jl-1").setSicCode(null).build(),
                SampleEvents.businessSupport().setEventId("bs-1").build(),
                SampleEvents.greenEconomy().setEventId("ge-1").build());

        for (SpecificRecord event : events) {
            final Schema schema = event.getSchema();
            assertThat(CommonEventFields.of(event))
                    .as(schema.getName())
                    .isEqualTo(new CommonEventFields(
                            (String) event.get(schema.getField("eventId").pos()),
                            (String) event.get(schema.getField("partner").pos()),
                            (Instant) event.get(schema.getField("receivedAt").pos()),
                            (String) event.get(schema.getField("place").pos()),
                            (String) event.get(schema.getField("sicCode").pos()),
                            (SicSection) event.get(schema.getField("sector").pos()),
                            (LocalDate) event.get(schema.getField("occurredOn").pos())));
        }
        assertThat(CommonEventFields.of(events.get(1)).eventId()).isEqualTo("bs-1");
        assertThat(CommonEventFields.of(events.get(0)).sicCode()).isNull();
    }
}
