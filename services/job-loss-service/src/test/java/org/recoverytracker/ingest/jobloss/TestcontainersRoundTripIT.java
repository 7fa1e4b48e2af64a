package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The PUT round trip against Kafka in a container, where a Docker engine exists. Without one
 * (as on the project's build machines) JUnit reports it skipped; the same round trip always runs
 * against the embedded broker in {@link JobLossContractIT}.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.import=classpath:recovery-local-partners.yml")
class TestcontainersRoundTripIT {

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka-native:4.1.2");

    @LocalServerPort
    private int port;

    @Test
    void publishesAPutEventThatDecodesToTheSameValues() {
        final IngestClient client = new IngestClient(port, "/v1/job-losses");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.get("/actuator/health/readiness").status() == 200);

        final var response = client.put(LocalPartner.HOUNSLOW.key(), "container-1", """
                {"place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-04-14",
                 "employer": {"name": "Heathrow Airline Services Ltd"}, "jobs": 250, "status": "PROPOSED"}""");

        assertThat(response.status()).isEqualTo(202);
        final var records = CommittedRecords.committed(
                KAFKA.getBootstrapServers(), EventKind.JOB_LOSS.topic(), "hounslow-council/container-1");
        assertThat(records).hasSize(1);
        final JobLossEvent event =
                EventCodec.of(JobLossEvent.class).decode(records.get(0).value());
        assertThat(event.getJobs()).isEqualTo(250);
        assertThat(event.getEmployer().getName()).isEqualTo("Heathrow Airline Services Ltd");
    }
}
