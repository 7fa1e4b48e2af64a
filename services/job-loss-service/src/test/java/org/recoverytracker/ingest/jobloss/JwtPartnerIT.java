package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.http.IngestClient;
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
 * tokens.
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
    private static final KeyPair ISSUER_KEYS = rsaKeyPair();
    private static final KeyPair OTHER_KEYS = rsaKeyPair();
    private static final String BRADFORD_EVENT = """
            {"place": "E08000032", "sicCode": "13.10", "occurredOn": "2021-06-01",
             "employer": {"name": "Saltaire Mills Ltd"}, "jobs": 60, "status": "CONFIRMED"}""";

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private IngestClient client;

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) throws IOException {
        final Path publicKey = Files.createTempFile("issuer", ".pem");
        publicKey.toFile().deleteOnExit();
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(ISSUER_KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
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
                put("jwt-1", token(ISSUER_KEYS, "bradford-council", List.of("E08000032"), 300), BRADFORD_EVENT);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(CommittedRecords.committed(
                        broker.getBrokersAsString(), EventKind.JOB_LOSS.topic(), "bradford-council/jwt-1"))
                .hasSize(1);
    }

    @Test
    void refusesAPlaceTheTokenDoesNotAllow() {
        final Response response =
                put("jwt-2", token(ISSUER_KEYS, "bradford-council", List.of("E09000018"), 300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        final Response response =
                put("jwt-3", token(OTHER_KEYS, "bradford-council", List.of("E08000032"), 300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).startsWith("The bearer token is not valid");
    }

    @Test
    void refusesAnExpiredToken() {
        assertThat(put("jwt-4", token(ISSUER_KEYS, "bradford-council", List.of("E08000032"), -60), BRADFORD_EVENT)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenWithoutAPartner() {
        assertThat(put("jwt-5", token(ISSUER_KEYS, null, List.of("E08000032"), 300), BRADFORD_EVENT)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenForAnotherAudience() {
        final Response response = put(
                "jwt-7",
                token(ISSUER_KEYS, "bradford-council", List.of("E08000032"), 300, "another-service"),
                BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesATokenForAPartnerThatIsNotConfigured() {
        final Response response =
                put("jwt-8", token(ISSUER_KEYS, "made-up-partner", List.of("*"), 300), BRADFORD_EVENT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("names no configured partner");
    }

    @Test
    void letsATokenNarrowButNeverWidenThePartnersPlaces() {
        final String hounslowEvent = BRADFORD_EVENT.replace("E08000032", "E09000018");

        assertThat(put("jwt-9", token(ISSUER_KEYS, "bradford-council", List.of("*"), 300), hounslowEvent)
                        .status())
                .as("a token claiming every place for Bradford")
                .isEqualTo(403);
        assertThat(put(
                                "jwt-10",
                                token(ISSUER_KEYS, "bradford-council", List.of("E09000018", "E08000032"), 300),
                                hounslowEvent)
                        .status())
                .as("a token claiming Hounslow for Bradford")
                .isEqualTo(403);
        assertThat(put("jwt-11", token(ISSUER_KEYS, "bradford-council", List.of("*"), 300), BRADFORD_EVENT)
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

    private static String token(KeyPair keys, String partner, List<String> places, long validForSeconds) {
        return token(keys, partner, places, validForSeconds, AUDIENCE);
    }

    private static String token(
            KeyPair keys, String partner, List<String> places, long validForSeconds, String audience) {
        final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("partner-system")
                .audience(audience)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(validForSeconds)))
                .claim("places", places);
        if (partner != null) {
            claims.claim("partner_id", partner);
        }
        try {
            final SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
