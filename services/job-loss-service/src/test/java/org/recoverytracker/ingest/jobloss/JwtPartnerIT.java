package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.jwt.TestIssuer;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Partners authenticated by a JWT bearer token, with a key pair made for the test: the partner id
 * and places come from the token's claims, never from the body, and only for this service's
 * audience; the partner must be a configured one, and its token can narrow its configured places
 * but not widen them. A token the service can't verify is a 401. API keys keep working beside
 * tokens, but never in the same request as one (400).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.import=classpath:recovery-local-partners.yml",
            "spring.security.oauth2.resourceserver.jwt.audiences=" + JwtPartnerIT.AUDIENCE
        })
@EmbeddedKafka(
        bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class JwtPartnerIT {

    static final String AUDIENCE = "recovery-tracker-ingest";
    private static final TestIssuer ISSUER = new TestIssuer();
    private static final TestIssuer OTHER_ISSUER = new TestIssuer();
    private static final String BRADFORD_EVENT = """
            {"place": "E08000032", "sicCode": "13.10", "occurredOn": "2021-06-01",
             "employer": {"name": "Saltaire Mills Ltd"}, "jobs": 60, "status": "CONFIRMED"}""";

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private IngestClient client;

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        final String publicKey = ISSUER.publicKeyLocation();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKey);
    }

    /** Writes are refused (503) until the service is ready: Kafka reached and the schema published. */
    @BeforeEach
    void awaitReadiness() {
        client = new IngestClient(port, "/v1/job-losses");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void takesThePartnerAndItsPlacesFromTheToken() {
        final Response response =
                put("jwt-1", token(ISSUER, "bradford-council", List.of("E08000032"), 300), BRADFORD_EVENT);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(CommittedRecords.committed(
                        broker.getBrokersAsString(), EventKind.JOB_LOSS.topic(), "bradford-council/jwt-1"))
                .hasSize(1);
    }

    @Test
    void refusesAPlaceTheTokenDoesNotAllow() {
        final Response response =
                put("jwt-2", token(ISSUER, "bradford-council", List.of("E09000018"), 300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        final Response response =
                put("jwt-3", token(OTHER_ISSUER, "bradford-council", List.of("E08000032"), 300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).startsWith("The bearer token is not valid");
    }

    @Test
    void refusesAnExpiredToken() {
        final Response response =
                put("jwt-4", token(ISSUER, "bradford-council", List.of("E08000032"), -300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("expired");
    }

    @Test
    void refusesATokenWithoutAPartner() {
        assertThat(put("jwt-5", token(ISSUER, null, List.of("E08000032"), 300), BRADFORD_EVENT)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenForAnotherAudience() {
        final Response response = put(
                "jwt-7",
                token(ISSUER, "bradford-council", List.of("E08000032"), 300, "another-service"),
                BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesATokenForAPartnerThatIsNotConfigured() {
        final Response response = put("jwt-8", token(ISSUER, "made-up-partner", List.of("*"), 300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("names no configured partner");
    }

    @Test
    void letsATokenNarrowButNeverWidenThePartnersPlaces() {
        final String hounslowEvent = BRADFORD_EVENT.replace("E08000032", "E09000018");

        assertThat(put("jwt-9", token(ISSUER, "bradford-council", List.of("*"), 300), hounslowEvent)
                        .status())
                .as("a token claiming every place for Bradford")
                .isEqualTo(403);
        assertThat(put(
                                "jwt-10",
                                token(ISSUER, "bradford-council", List.of("E09000018", "E08000032"), 300),
                                hounslowEvent)
                        .status())
                .as("a token claiming Hounslow for Bradford")
                .isEqualTo(403);
        assertThat(put("jwt-11", token(ISSUER, "bradford-council", List.of("*"), 300), BRADFORD_EVENT)
                        .status())
                .as("Bradford's own place")
                .isEqualTo(202);
    }

    @Test
    void tellsAnUnauthenticatedClientBothWaysIn() {
        final Response response = client.put(null, "jwt-6", BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("Bearer")
                .contains("X-API-Key");
    }

    @Test
    void refusesARequestWithBothAKeyAndAToken() {
        for (String token : List.of(
                token(ISSUER, "bradford-council", List.of("E08000032"), 300),
                token(OTHER_ISSUER, "bradford-council", List.of("E08000032"), 300))) {
            final Response response = client.send(
                    "/v1/job-losses/both-1",
                    LocalPartner.BRADFORD.key(),
                    request -> request.header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(BRADFORD_EVENT)));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).contains("not both");
        }
        assertThat(CommittedRecords.committed(
                        broker.getBrokersAsString(), EventKind.JOB_LOSS.topic(), "bradford-council/both-1"))
                .isEmpty();
    }

    @Test
    void stillAcceptsApiKeys() {
        assertThat(client.put(LocalPartner.BRADFORD.key(), "key-1", BRADFORD_EVENT)
                        .status())
                .isEqualTo(202);
    }

    private Response put(String eventId, String token, String json) {
        return client.send(
                "/v1/job-losses/" + eventId,
                null,
                request -> request.header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String token(TestIssuer issuer, String partner, List<String> places, long validForSeconds) {
        return issuer.token(partner, places, validForSeconds, AUDIENCE);
    }

    private static String token(
            TestIssuer issuer, String partner, List<String> places, long validForSeconds, String audience) {
        return issuer.token(partner, places, validForSeconds, audience);
    }
}
