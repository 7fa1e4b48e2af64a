package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A partner over its request rate limit gets a 429 with Retry-After; other partners are unaffected. */
@WebMvcTest(
        properties = {
            "recovery.ingest.rate-limit.requests-per-minute=3",
            "spring.config.import=classpath:recovery-local-partners.yml"
        })
@ContextConfiguration(classes = JobLossControllerSliceTest.Wiring.class)
class RateLimitSliceTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private EventPublisher publisher;

    @Test
    void refusesAPartnerOverItsLimitAndNoOtherPartner() {
        for (int i = 0; i < 3; i++) {
            assertThat(retract("local-hounslow-key", "hr1-" + i)).hasStatus(202);
        }

        final var refused = retract("local-hounslow-key", "hr1-3");

        assertThat(refused).hasStatus(429).hasHeader("Retry-After", "20");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("Partner 'hounslow-council' has made more than 3 requests in a minute");
        assertThat(retract("local-belfast-key", "arg-1")).hasStatus(202);
        verify(publisher, times(4)).publish(ArgumentMatchers.any());
    }

    private MvcTestResult retract(String key, String eventId) {
        return mvc.delete()
                .uri("/v1/job-losses/" + eventId)
                .header("X-API-Key", key)
                .exchange();
    }
}
