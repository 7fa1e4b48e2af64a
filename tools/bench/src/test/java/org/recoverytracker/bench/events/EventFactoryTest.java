package org.recoverytracker.bench.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's events are events the rules accept: each on a district code live on its date
 * (a district created in 2023 has no events in 2020), or the streams test would wait for events
 * that were dead-lettered.
 */
class EventFactoryTest {

    private static final int DRAWS = 30_000;

    @Test
    void everyEventIsOnADistrictLiveOnItsDate() {
        final EventFactory factory = new EventFactory(11);
        final JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < DRAWS; i++) {
            final EventKind kind = EventFactory.kindOf(i);
            final CommonEventFields avro = CommonEventFields.of(avro(factory, kind, i));
            assertThat(liveOn(avro.place(), avro.occurredOn().toString()))
                    .as("%s on %s", avro.place(), avro.occurredOn())
                    .isTrue();
            final JsonNode posted = json.readTree(factory.json(kind, "e-" + i));
            assertThat(liveOn(
                            posted.get("place").asString(),
                            posted.get("occurredOn").asString()))
                    .as("%s", posted)
                    .isTrue();
        }
    }

    private static SpecificRecord avro(EventFactory factory, EventKind kind, int i) {
        return factory.avro(kind, "e-" + i, Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static boolean liveOn(String place, String day) {
        return ReferenceData.uk()
                .districtHistory()
                .on(place, LocalDate.parse(day))
                .countsIn()
                .isPresent();
    }
}
