package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.IngestService;
import org.recoverytracker.ingest.api.IngestController;
import org.recoverytracker.ingest.api.IngestRoutes;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.IngestProblemHandler;
import org.recoverytracker.ingest.problems.ProblemWriter;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;
import org.recoverytracker.ingest.security.IngestSecurityConfiguration;
import org.recoverytracker.ingest.security.PartnerProperties;
import org.recoverytracker.schemas.EventKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job-loss HTTP layer on its own, with Kafka replaced at its boundary (the publisher): what a
 * request becomes, and that nothing is published for a request that is refused. The same paths
 * against a real broker are in {@link JobLossContractIT}.
 */
@WebMvcTest(properties = {"spring.config.import=classpath:recovery-local-partners.yml"})
@ContextConfiguration(classes = JobLossControllerSliceTest.Wiring.class)
class JobLossControllerSliceTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private EventPublisher publisher;

    /**
     * The job-loss service's HTTP layer for {@code @WebMvcTest} slices: everything but Kafka, whose
     * boundary (the {@link EventPublisher}) each test replaces. The clock is fixed. Nested in a test
     * class so that component scans of the application never pick it up.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @EnableConfigurationProperties({IngestProperties.class, PartnerProperties.class})
    @Import({IngestController.class, IngestRoutes.class, IngestProblemHandler.class, IngestSecurityConfiguration.class})
    static class Wiring {

        static final Instant NOW = Instant.parse("2024-06-03T10:15:30.123Z");

        @Bean
        IngestKind<JobLossRequest> jobLoss() {
            return new IngestKind<>(EventKind.JOB_LOSS, JobLossRequest.class);
        }

        @Bean
        ProblemWriter problemWriter(JsonMapper json) {
            return new ProblemWriter(json);
        }

        @Bean
        IngestMetrics ingestMetrics() {
            return new IngestMetrics(new SimpleMeterRegistry(), EventKind.JOB_LOSS, List.of());
        }

        @Bean
        IngestService ingestService(
                IngestKind<JobLossRequest> kind,
                IngestProperties properties,
                Validator validator,
                EventPublisher publisher,
                IngestMetrics metrics) {
            return IngestService.of(kind, properties, validator, publisher, metrics, Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    @Test
    void publishesAPutAsTheAvroEventUnderThePartnersKey() {
        final var result = mvc.put()
                .uri("/v1/job-losses/hr1-1")
                .header("X-API-Key", "local-hounslow-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"place": "E09000018", "sector": "H", "occurredOn": "2020-04-14",
                         "employer": {"name": "Heathrow Airline Services Ltd"}, "jobs": 250, "status": "PROPOSED"}""")
                .exchange();

        assertThat(result).hasStatus(202).bodyJson().isEqualTo("{\"eventId\": \"hr1-1\", \"status\": \"accepted\"}");
        final ArgumentCaptor<KeyedEvent> published = ArgumentCaptor.forClass(KeyedEvent.class);
        verify(publisher).publish(published.capture());
        assertThat(published.getValue().key()).hasToString("hounslow-council/hr1-1");
        final JobLossEvent event = (JobLossEvent) published.getValue().event();
        assertThat(event.getPartner()).isEqualTo("hounslow-council");
        assertThat(event.getReceivedAt()).isEqualTo(Wiring.NOW);
        assertThat(event.getJobs()).isEqualTo(250);
        assertThat(event.getStatus()).isEqualTo(JobLossStatus.PROPOSED);
    }

    @Test
    void publishesARetractionAsATombstone() {
        assertThat(mvc.delete()
                        .uri("/v1/job-losses/hr1-1")
                        .header("X-API-Key", "local-hounslow-key")
                        .exchange())
                .hasStatus(202);

        final ArgumentCaptor<KeyedEvent> published = ArgumentCaptor.forClass(KeyedEvent.class);
        verify(publisher).publish(published.capture());
        assertThat(published.getValue().event()).isNull();
    }

    @Test
    void listsTheProblemsOfACsvBatchByRowAndColumnAndPublishNothing() {
        final var result = mvc.post()
                .uri("/v1/job-losses")
                .header("X-API-Key", "local-hounslow-key")
                .contentType(MediaType.parseMediaType("text/csv"))
                .content("""
                        eventId,place,sicCode,occurredOn,employerName,jobs,status
                        a,E09000018,51,2020-04-14,Acme,10,PROPOSED
                        b,E09000018,04,2020-04-14,,0,MAYBE
                        """)
                .exchange();

        // Row 1 can't become an event (no status, no employer), so its rules wait until those are fixed.
        assertThat(result)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("status", "employerName");
        verifyNoInteractions(publisher);
    }

    @Test
    void answersABatchOfObjectsFullOfUnknownFieldsWithABoundedListOfProblems() throws Exception {
        // About 12 MB: 1,000 events of 1,000 unknown fields each, whose names are long. Listing
        // every one (with the known fields after each) made ~1.7 M errors and a 300 MB answer.
        final String longName = "x".repeat(200);
        final StringBuilder batch = new StringBuilder("[");
        for (int event = 0; event < 1_000; event++) {
            batch.append(event == 0 ? "{" : ",{");
            for (int field = 0; field < 1_000; field++) {
                batch.append(field == 0 ? "" : ",")
                        .append('"')
                        .append(field)
                        .append(longName.substring(0, 3))
                        .append('"')
                        .append(":1");
            }
            batch.append(",\"").append(longName).append("\":1}");
        }
        batch.append(']');

        final long started = System.nanoTime();
        final var result = mvc.post()
                .uri("/v1/job-losses")
                .header("X-API-Key", "local-hounslow-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content(batch.toString())
                .exchange();
        System.out.printf(
                "A %,d-byte batch of unknown fields answered in %d ms%n",
                batch.length(), (System.nanoTime() - started) / 1_000_000);

        assertThat(result).hasStatus(422);
        final String body = result.getResponse().getContentAsString();
        assertThat(body.length()).isLessThan(256 * 1024);
        assertThat(body).doesNotContain(longName);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors.length()")
                .asNumber()
                .satisfies(count -> assertThat(count.intValue()).isBetween(2, 1_001));
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("fields");
        verifyNoInteractions(publisher);
    }

    @Test
    void refusesWithoutAKeyBeforeReadingTheBody() {
        assertThat(mvc.put()
                        .uri("/v1/job-losses/hr1-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatus(401);
        verifyNoInteractions(publisher);
    }

    @Test
    void refusesAnUnsupportedMediaType() {
        assertThat(mvc.put()
                        .uri("/v1/job-losses/hr1-1")
                        .header("X-API-Key", "local-hounslow-key")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{}")
                        .exchange())
                .hasStatus(415);
        verify(publisher, never()).publish(any());
    }
}
