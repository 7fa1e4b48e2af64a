package org.recoverytracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.testing.SampleEvents;

class ViewSectorTest {

    @Test
    void usesTheGivenSector() {
        assertThat(ViewSector.of(CommonEventFields.of(SampleEvents.jobLoss()
                        .setSicCode(null)
                        .setSector(SicSection.I)
                        .build())))
                .isEqualTo("I");
    }

    @Test
    void derivesTheSectorFromTheSicCode() {
        assertThat(ViewSector.of(CommonEventFields.of(SampleEvents.businessSupport()
                        .setSicCode("56.10")
                        .setSector(null)
                        .build())))
                .isEqualTo("I");
    }
}
