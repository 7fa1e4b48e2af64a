package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A partner's places are current districts: one that may write for North Yorkshire (E06000065)
 * may post an event on Harrogate (E07000165) dated before Harrogate became part of it, and the
 * event is published with the code as posted.
 */
@WebMvcTest(
        properties = {
            "recovery.partners[0].id=north-yorkshire-council",
            // The SHA-256 of "test-north-yorkshire-key".
            "recovery.partners[0].key-sha256=52f3d0f5b911ed5b5e370a480356e01f200196daa9242bf905182301c0f6001c",
            "recovery.partners[0].places[0]=E06000065"
        })
@ContextConfiguration(classes = JobLossControllerSliceTest.Wiring.class)
class EndedDistrictPartnerSliceTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private EventPublisher publisher;

    @Test
    void thePartnerOfTheDistrictOfTodayMayPostTheCodeItReplaced() {
        assertThat(put("E07000165", "2022-06-01")).hasStatus(202);

        final ArgumentCaptor<KeyedEvent> published = ArgumentCaptor.forClass(KeyedEvent.class);
        verify(publisher).publish(published.capture());
        assertThat(((JobLossEvent) published.getValue().event()).getPlace()).isEqualTo("E07000165");
    }

    @Test
    void thePartnerOfTheDistrictOfTodayMayNotPostAnotherDistrict() {
        assertThat(put("E09000018", "2022-06-01"))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("partner 'north-yorkshire-council' may not write for E09000018");
        verifyNoInteractions(publisher);
    }

    private MockMvcTester.MockMvcRequestBuilder put(String place, String occurredOn) {
        return mvc.put()
                .uri("/v1/job-losses/hr1-1")
                .header("X-API-Key", "test-north-yorkshire-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"place\": \"" + place + "\", \"sector\": \"I\", \"occurredOn\": \"" + occurredOn + "\","
                        + " \"employer\": {\"name\": \"Spa Hotel Ltd\"}, \"jobs\": 40, \"status\": \"PROPOSED\"}");
    }
}
