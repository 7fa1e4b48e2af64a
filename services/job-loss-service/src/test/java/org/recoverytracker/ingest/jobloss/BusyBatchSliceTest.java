package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A batch that arrives while the instance is already taking as many batches as it may gets a 503
 * with Retry-After once its wait is over, and nothing of it is published; the batches in flight
 * are unaffected, and the next batch is taken.
 */
@WebMvcTest(
        properties = {
            "recovery.ingest.max-concurrent-batches=1",
            "recovery.ingest.kafka-timeout=300ms",
            "spring.config.import=classpath:recovery-local-partners.yml"
        })
@ContextConfiguration(classes = JobLossControllerSliceTest.Wiring.class)
class BusyBatchSliceTest {

    private static final String BATCH = """
            [{"eventId": "hr1-%s", "place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-04-14",
              "employer": {"name": "Heathrow Airline Services Ltd"}, "jobs": 120, "status": "PROPOSED"}]""";

    private final ExecutorService client = Executors.newSingleThreadExecutor();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private EventPublisher publisher;

    @AfterEach
    void stopClient() {
        client.shutdownNow();
    }

    @Test
    void refusesABatchWhileTheOnlyTurnIsTakenAndTakeTheNextOne() throws Exception {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch acknowledge = new CountDownLatch(1);
        doAnswer(invocation -> {
                    writing.countDown();
                    assertThat(acknowledge.await(30, TimeUnit.SECONDS)).isTrue();
                    return null;
                })
                .doNothing()
                .when(publisher)
                .publishAll(anyList());
        final CompletableFuture<MvcTestResult> inFlight = CompletableFuture.supplyAsync(() -> postBatch("1"), client);
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

        final MvcTestResult refused = postBatch("2");

        assertThat(refused).hasStatus(503).hasHeader("Retry-After", "1");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .isEqualTo(
                        "This instance is already taking as many batches as it may at once (1), and none finished within 300 ms. "
                                + "Nothing was accepted; retry in a moment.");
        acknowledge.countDown();
        assertThat(inFlight.get(30, TimeUnit.SECONDS)).hasStatus(202);
        assertThat(postBatch("3")).hasStatus(202);
        verify(publisher, times(2)).publishAll(anyList());
    }

    private MvcTestResult postBatch(String id) {
        return mvc.post()
                .uri("/v1/job-losses")
                .header("X-API-Key", "local-hounslow-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BATCH.formatted(id))
                .exchange();
    }
}
