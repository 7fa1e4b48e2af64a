package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.http.IngestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Uploads that dribble in a byte at a time can't hold the batch turns: each gets a 408 at the
 * body-read deadline (2 s here), and another partner's batch, sent while every turn is held,
 * still goes through. The batch may wait for a turn up to the Kafka timeout, set far above the
 * deadline here so that a slow machine can't make the test fail; without the deadline the slow
 * uploads would hold the turns for a minute and the batch would get a 503.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.import=classpath:recovery-local-partners.yml",
            "recovery.ingest.body-read-deadline=2s",
            "recovery.ingest.max-concurrent-batches=2",
            "recovery.ingest.kafka-timeout=20s"
        })
@EmbeddedKafka(
        bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class SlowUploadIT {

    /** As many as there are turns: each holds one until its deadline. */
    private static final int SLOW_UPLOADS = 2;

    private static final String BATCH = """
            [{"eventId": "slow-1", "place": "E08000032", "sicCode": "13.10", "occurredOn": "2021-06-01",
              "employer": {"name": "Saltaire Mills Ltd"}, "jobs": 60, "status": "CONFIRMED"}]""";

    @LocalServerPort
    private int port;

    @Test
    void slowUploadsGetA408AtTheDeadlineAndDoNotLockOthersOutOfBatches() throws Exception {
        final IngestClient client = new IngestClient(port, "/v1/job-losses");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.get("/actuator/health/readiness").status() == 200);
        final ExecutorService dribblers = Executors.newFixedThreadPool(SLOW_UPLOADS);
        try {
            final List<CompletableFuture<String>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_UPLOADS; i++) {
                slow.add(CompletableFuture.supplyAsync(this::dribbleABatch, dribblers));
            }
            Thread.sleep(500);

            final long started = System.nanoTime();
            final Response response = client.post(LocalPartner.BRADFORD.key(), "application/json", BATCH);
            final long waitedMs = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "A batch sent while %d slow uploads held the turns was answered in %d ms%n",
                    SLOW_UPLOADS, waitedMs);

            assertThat(response.status()).as(response.body()).isEqualTo(202);
            for (CompletableFuture<String> upload : slow) {
                assertThat(upload.get(30, TimeUnit.SECONDS)).startsWith("HTTP/1.1 408");
            }
        } finally {
            dribblers.shutdownNow();
        }
    }

    /** Sends a batch's headers, then a byte every 200 ms of a body that would take minutes; returns the status line. */
    private String dribbleABatch() {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            final OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/job-losses HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + LocalPartner.HOUNSLOW.key()
                            + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            final InputStream in = socket.getInputStream();
            for (int i = 0; i < 300 && in.available() == 0; i++) {
                Thread.sleep(200);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
            }
            final byte[] status = new byte[12];
            final int read = in.readNBytes(status, 0, status.length);
            return new String(status, 0, read, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
