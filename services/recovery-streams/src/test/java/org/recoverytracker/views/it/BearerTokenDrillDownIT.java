package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.jwt.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partners calling the drill-down and the revision log with a JWT bearer token instead of an API
 * key, on a real KRaft broker (in this JVM), with an issuer made for the test: the token is verified
 * (signature, expiry, audience) and read by the same rule as the ingest services' (a configured
 * partner, its places narrowed by the token, never widened), and the partner it names sees what
 * that partner sees with its key, no more.
 */
class BearerTokenDrillDownIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUDIENCE = "recovery-tracker";
    private static final TestIssuer ISSUER = new TestIssuer();
    private static final TestIssuer OTHER_ISSUER = new TestIssuer();

    /** Hounslow's air transport: Hounslow's notification and the national partner's. */
    private static final String HOUNSLOW_AIR = "/v1/places/E09000018/sectors/H/events";

    private static final String HOUNSLOWS_EMPLOYER = "Heathrow Airline Services Ltd";
    private static final String NATIONAL_EMPLOYER = "Observatory Survey Panel Ltd";

    @TempDir
    static Path stateDir;

    private static TestBroker broker;
    private static ViewsInstance views;

    @BeforeAll
    static void startBrokerAndViews() throws Exception {
        broker = TestBroker.start();
        views = ViewsInstance.start(
                broker.bootstrapServers(),
                stateDir,
                "spring.config.import=classpath:recovery-local-partners.yml",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=" + ISSUER.publicKeyLocation(),
                "spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE);
        await().atMost(Duration.ofSeconds(90)).until(views::isReady);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            TwoViewsInstances.sendJobLoss(producer, SampleEvents.jobLoss().build());
            TwoViewsInstances.sendJobLoss(
                    producer,
                    SampleEvents.jobLoss()
                            .setPartner(LocalPartner.NATIONAL.id())
                            .setEventId("survey-0001")
                            .setEmployer(SampleEvents.organisation(NATIONAL_EMPLOYER))
                            .setJobs(40)
                            .build());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            final ViewsInstance.Response sector = views.get("/v1/places/E09000018/sectors/H");
            return sector.status() == 200
                    && JSON.readTree(sector.body()).get("events").asLong() == 2;
        });
    }

    @AfterAll
    static void stop() {
        if (views != null) {
            views.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void showsAPartnerWithATokenItsOwnEventsWithTheirOrganisations() {
        final ViewsInstance.Response response =
                drillDown(ISSUER.token(LocalPartner.HOUNSLOW.id(), List.of("E09000018"), 300, AUDIENCE));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        final JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("events")).singleElement().satisfies(row -> {
            assertThat(row.get("eventId").asString()).isEqualTo("hr1-0001");
            assertThat(row.get("organisation").get("name").asString()).isEqualTo(HOUNSLOWS_EMPLOYER);
        });
        assertThat(page.get("otherPartners")).singleElement().satisfies(count -> {
            assertThat(count.get("partner").asString()).isEqualTo(LocalPartner.NATIONAL.id());
            assertThat(count.get("events").asLong()).isEqualTo(1);
        });
        assertThat(response.body()).doesNotContain("survey-0001", NATIONAL_EMPLOYER);
    }

    @Test
    void showsAnotherPartnerNoneOfThoseEventsIdsOrNames() {
        final ViewsInstance.Response response =
                drillDown(ISSUER.token(LocalPartner.BRADFORD.id(), List.of("E08000032"), 300, AUDIENCE));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("events")).isEmpty();
        assertThat(response.body()).doesNotContain("hr1-0001", "survey-0001", HOUNSLOWS_EMPLOYER, NATIONAL_EMPLOYER);
    }

    @Test
    void letsANationalPartnersTokenNarrowWhatItSeesButNeverWidenAnothers() {
        final JsonNode everywhere =
                JSON.readTree(drillDown(ISSUER.token(LocalPartner.NATIONAL.id(), List.of("*"), 300, AUDIENCE))
                        .body());
        assertThat(everywhere
                        .get("events")
                        .valueStream()
                        .map(row -> row.get("eventId").asString()))
                .containsExactlyInAnyOrder("hr1-0001", "survey-0001");
        assertThat(everywhere.toString()).contains(NATIONAL_EMPLOYER).doesNotContain(HOUNSLOWS_EMPLOYER);

        final JsonNode narrowed =
                JSON.readTree(drillDown(ISSUER.token(LocalPartner.NATIONAL.id(), List.of("E09000018"), 300, AUDIENCE))
                        .body());
        assertThat(narrowed.get("events")
                        .valueStream()
                        .map(row -> row.get("eventId").asString()))
                .as("a national partner's token for one place sees only its own events")
                .containsExactly("survey-0001");

        final ViewsInstance.Response widened =
                drillDown(ISSUER.token(LocalPartner.BRADFORD.id(), List.of("*"), 300, AUDIENCE));
        assertThat(widened.body())
                .as("a token claiming every place for Bradford")
                .doesNotContain("hr1-0001", "survey-0001");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(
                drillDown(ISSUER.token(LocalPartner.HOUNSLOW.id(), List.of("E09000018"), 300, "another-service")),
                "The bearer token is not valid: An error occurred while attempting to decode the Jwt: The aud claim is not valid");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertRefused(
                drillDown(OTHER_ISSUER.token(LocalPartner.HOUNSLOW.id(), List.of("E09000018"), 300, AUDIENCE)),
                "signature");
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(
                drillDown(ISSUER.token(LocalPartner.HOUNSLOW.id(), List.of("E09000018"), -300, AUDIENCE)), "expired");
    }

    @Test
    void refusesATokenForAPartnerThatIsNotConfigured() {
        assertRefused(
                drillDown(ISSUER.token("made-up-partner", List.of("*"), 300, AUDIENCE)), "names no configured partner");
    }

    @Test
    void tellsAClientWithoutCredentialsBothWaysIn() {
        assertRefused(views.get(HOUNSLOW_AIR), "send your API key in X-API-Key, or a bearer token");
    }

    @Test
    void refusesACallWithBothAKeyAndAToken() {
        final ViewsInstance.Response response = views.get(
                HOUNSLOW_AIR,
                Map.of(
                        "X-API-Key",
                        LocalPartner.HOUNSLOW.key(),
                        "Authorization",
                        "Bearer " + ISSUER.token(LocalPartner.BRADFORD.id(), List.of(), 300, AUDIENCE)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("not both");
    }

    @Test
    void namesAPartnersOwnEventsInTheRevisionLogForItsToken() {
        final ViewsInstance.Response response = views.get(
                "/v1/revisions?place=E09000018",
                bearer(ISSUER.token(LocalPartner.HOUNSLOW.id(), List.of("E09000018"), 300, AUDIENCE)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"eventId\":\"hr1-0001\"").doesNotContain("survey-0001");
        assertRefused(
                views.get(
                        "/v1/revisions?place=E09000018",
                        bearer(ISSUER.token(LocalPartner.HOUNSLOW.id(), List.of("E09000018"), -300, AUDIENCE))),
                "The bearer token is not valid");
    }

    private static ViewsInstance.Response drillDown(String token) {
        return views.get(HOUNSLOW_AIR, bearer(token));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** A 401 problem detail that says why, and a challenge naming both ways in. */
    private static void assertRefused(ViewsInstance.Response response, String why) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(why);
        assertThat(response.challenge()).contains("X-API-Key").contains("Bearer");
    }
}
