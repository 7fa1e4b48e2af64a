package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker dies under the service (SIGKILL) and comes back: while it is gone, writes are refused
 * with a 503 within the bounded time and the service is not ready; once it is back, the service
 * recovers by itself and accepts writes again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.import=classpath:recovery-local-partners.yml")
class KafkaOutageIT {

    private static final String EVENT = """
            {"place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-04-14",
             "employer": {"name": "Heathrow Airline Services Ltd"}, "jobs": 250, "status": "PROPOSED"}""";

    @TempDir
    static Path brokerDir;

    private static BrokerProcess broker;

    @LocalServerPort
    private int port;

    private IngestClient client;

    @DynamicPropertySource
    static void startBroker(DynamicPropertyRegistry registry) {
        broker = BrokerProcess.start(brokerDir, BrokerProcess.freePort());
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void awaitReadiness() {
        client = new IngestClient(port, "/v1/job-losses");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void refusesWritesQuicklyWhileTheBrokerIsDownAndRecoverWhenItIsBack() {
        assertThat(client.put(LocalPartner.HOUNSLOW.key(), "before-outage", EVENT)
                        .status())
                .isEqualTo(202);

        broker.kill();

        final long start = System.nanoTime();
        final Response duringOutage = client.put(LocalPartner.HOUNSLOW.key(), "during-outage", EVENT);
        final Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
        assertThat(duringOutage.status()).as(duringOutage.body()).isEqualTo(503);
        assertThat(duringOutage.headers().firstValue("Retry-After")).contains("5");
        assertThat(duringOutage.json().get("detail").asString()).contains("Nothing was accepted");
        assertThat(answeredIn).isLessThanOrEqualTo(Duration.ofSeconds(10));
        System.out.printf("First write after the broker died was refused in %d ms%n", answeredIn.toMillis());

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                client.get("/actuator/health/readiness").status())
                        .isEqualTo(503));
        final long refusedAt = System.nanoTime();
        assertThat(client.post(
                                LocalPartner.HOUNSLOW.key(),
                                "application/json",
                                "[" + EVENT.replace("{\"place\"", "{\"eventId\": \"batch-during-outage\", \"place\"")
                                        + "]")
                        .status())
                .isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - refusedAt))
                .as("refused at once once known to be down")
                .isLessThan(Duration.ofSeconds(1));

        broker.restart();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(client.put(LocalPartner.HOUNSLOW.key(), "after-outage", EVENT)
                                .status())
                        .isEqualTo(202));
        assertThat(client.get("/actuator/health/readiness").status()).isEqualTo(200);
        final var committed = CommittedRecords.committed(broker.bootstrapServers(), EventKind.JOB_LOSS.topic());
        assertThat(committed)
                .extracting(record -> record.key())
                .contains("hounslow-council/before-outage", "hounslow-council/after-outage")
                .doesNotContain("hounslow-council/batch-during-outage");
    }
}
