package org.recoverytracker.referenceservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.ingest.testing.IngestServiceTest;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaMember;
import org.recoverytracker.reference.records.AreaVisibility;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.ReferenceApi;
import org.recoverytracker.testsupport.LocalPartner;
import org.recoverytracker.testsupport.http.Http.Response;
import org.recoverytracker.testsupport.http.IngestClient;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The reference service against a real (embedded KRaft) broker and the dev-only partners: what a
 * write publishes, who may write what, and that a refused request publishes nothing.
 */
@IngestServiceTest
class ReferenceServiceIT {

    private static final String HOUNSLOW = "E09000018";
    private static final String HILLINGDON = "E09000017";
    private static final String HARROGATE = "E07000165";
    private static final String JSON = "application/json";

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private IngestClient areas;
    private IngestClient baselines;

    @BeforeEach
    void awaitReadiness() {
        areas = new IngestClient(port, ReferenceApi.AREAS_PATH);
        baselines = new IngestClient(port, ReferenceApi.BASELINES_PATH);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> areas.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void publishesAnAreaUnderItsIdWithItsOwnerOnceKafkaAcknowledgedIt() {
        final String areaId = newId("heathrow");

        final Response response = areas.put(LocalPartner.HOUNSLOW.key(), areaId, heathrowZone());

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("status").asString()).isEqualTo("accepted");
        final List<ConsumerRecord<String, byte[]>> records = committed(RecoveryTopics.AREA, areaId);
        assertThat(records).hasSize(1);
        final Area area = EventCodec.of(Area.class).decode(records.get(0).value());
        assertThat(area.getAreaId()).isEqualTo(areaId);
        assertThat(area.getOwner()).isEqualTo(LocalPartner.HOUNSLOW.id());
        assertThat(area.getName()).isEqualTo("Heathrow zone");
        assertThat(area.getVisibility()).as("visibility left out").isEqualTo(AreaVisibility.PUBLIC);
        assertThat(area.getMembers())
                .containsExactly(
                        new AreaMember(HOUNSLOW, null, null),
                        new AreaMember(HILLINGDON, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void anotherPartnerMayNeitherChangeNorRemoveAnAreaButMayTakeItsIdOnceRemoved() {
        final String areaId = newId("taken");
        assertThat(areas.put(LocalPartner.HOUNSLOW.key(), areaId, heathrowZone())
                        .status())
                .isEqualTo(202);

        final Response change = areas.put(LocalPartner.BRADFORD.key(), areaId, heathrowZone());
        final Response removal = areas.delete(LocalPartner.BRADFORD.key(), areaId);

        assertThat(change.status()).as(change.body()).isEqualTo(403);
        assertThat(change.body()).contains("belongs to another partner");
        assertThat(removal.status()).as(removal.body()).isEqualTo(403);
        assertThat(committed(RecoveryTopics.AREA, areaId)).hasSize(1);

        assertThat(areas.delete(LocalPartner.HOUNSLOW.key(), areaId).status()).isEqualTo(202);
        assertThat(areas.put(LocalPartner.BRADFORD.key(), areaId, heathrowZone())
                        .status())
                .isEqualTo(202);
        final List<ConsumerRecord<String, byte[]>> records = committed(RecoveryTopics.AREA, areaId);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).value())
                .as("the owner's removal is a tombstone")
                .isNull();
    }

    @Test
    void learnsTheOwnersOfAreasFromTheTopic() {
        final String areaId = newId("written-elsewhere");
        final Area elsewhere = Area.newBuilder()
                .setAreaId(areaId)
                .setOwner(LocalPartner.BELFAST.id())
                .setReceivedAt(Instant.now())
                .setName("Belfast harbour")
                .setVisibility(AreaVisibility.PRIVATE)
                .setMembers(List.of(new AreaMember("N09000003", null, null)))
                .build();
        CommittedRecords.produce(
                broker.getBrokersAsString(),
                RecoveryTopics.AREA,
                areaId,
                EventCodec.of(Area.class).encode(elsewhere));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> areas.put(LocalPartner.HOUNSLOW.key(), areaId, heathrowZone())
                                .status()
                        == 403);
        assertThat(committed(RecoveryTopics.AREA, areaId)).hasSize(1);
    }

    @Test
    void refusesAnInvalidAreaNamingEveryProblemAndPublishesNothing() {
        final String areaId = newId("invalid");
        final String body = """
                {"name": "", "visibility": "SECRET", "members": [
                  {"place": "%s"},
                  {"place": "%s", "from": "2021-01-01", "to": "2020-01-01"},
                  {"place": "E09000018", "from": "2020-01-01"},
                  {"place": "E09000018", "to": "2020-06-30"}]}
                """.formatted(HARROGATE, HILLINGDON);

        final Response response = areas.put(LocalPartner.HOUNSLOW.key(), areaId, body);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.body())
                .contains("visibility")
                .contains("E07000165 Harrogate ended on 2023-03-31")
                .contains("E06000065")
                .contains("members[1].to")
                .contains("listed more than once with periods that overlap");
        assertThat(committed(RecoveryTopics.AREA, areaId)).isEmpty();
    }

    @Test
    void publishesABatchOfAreasAllOrNothing() {
        final String first = newId("batch-a");
        final String second = newId("batch-b");
        final String good =
                "[{\"areaId\": \"" + first + "\", \"name\": \"A\", \"members\": [{\"place\": \"E09000018\"}]},"
                        + " {\"areaId\": \"" + second + "\", \"name\": \"B\", \"visibility\": \"PRIVATE\","
                        + " \"members\": [{\"place\": \"E09000017\"}]}]";
        final String bad = good.replace("E09000017", "X99");

        final Response refused = areas.post(LocalPartner.HOUNSLOW.key(), JSON, bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(committed(RecoveryTopics.AREA, first)).isEmpty();

        final Response accepted = areas.post(LocalPartner.HOUNSLOW.key(), JSON, good);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(committed(RecoveryTopics.AREA, second)).hasSize(1);
    }

    @Test
    void takesAreasAsCsvWithARowPerMemberAllOrNothing() {
        final String first = newId("csv-area");
        final String second = newId("csv-area");
        final String good = "areaId,name,visibility,place,from,to\n"
                + first + ",Heathrow zone,PUBLIC,E09000018,,\n"
                + second + ",West London,PRIVATE,E09000009,2020-01-01,\n"
                + first + ",,,E09000017,2020-01-01,2021-12-31\n";

        final Response refused =
                areas.post(LocalPartner.HOUNSLOW.key(), "text/csv", good.replace("E09000009", HARROGATE));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"index\":1").contains("members[0].place");
        assertThat(committed(RecoveryTopics.AREA, first)).isEmpty();

        final Response accepted = areas.post(LocalPartner.HOUNSLOW.key(), "text/csv", good);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("accepted").asInt()).isEqualTo(2);
        final Area area = EventCodec.of(Area.class)
                .decode(committed(RecoveryTopics.AREA, first).get(0).value());
        assertThat(area.getMembers()).hasSize(2);
        assertThat(area.getName()).isEqualTo("Heathrow zone");
    }

    @Test
    void publishesABaselineFromAReferencePartnerWithItsSectorFromTheSicCode() {
        final String id = newId("bres");

        final Response response = baselines.put(LocalPartner.NATIONAL.key(), id, baseline(HOUNSLOW, "2019"));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        final List<ConsumerRecord<String, byte[]>> records =
                committed(RecoveryTopics.BASELINE, LocalPartner.NATIONAL.id() + "/" + id);
        assertThat(records).hasSize(1);
        final Baseline baseline =
                EventCodec.of(Baseline.class).decode(records.get(0).value());
        assertThat(baseline.getPlace()).isEqualTo(HOUNSLOW);
        assertThat(baseline.getSector()).isEqualTo(SicSection.H);
        assertThat(baseline.getSicCode()).isEqualTo("51");
        assertThat(baseline.getValue()).isEqualTo(41_000L);
        assertThat(baseline.getSource().getTitle()).isEqualTo("BRES 2019 (illustrative)");
    }

    @Test
    void aCouncilMayNotWriteBaselines() {
        final String id = newId("council");

        final Response response = baselines.put(LocalPartner.HOUNSLOW.key(), id, baseline(HOUNSLOW, "2019"));

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("may not write baselines");
        assertThat(committed(RecoveryTopics.BASELINE, LocalPartner.HOUNSLOW.id() + "/" + id))
                .isEmpty();
    }

    @Test
    void aBaselineUsesTheDistrictCodesOfItsYear() {
        assertThat(baselines
                        .put(LocalPartner.NATIONAL.key(), newId("harrogate"), baseline(HARROGATE, "2019"))
                        .status())
                .isEqualTo(202);

        final Response ended =
                baselines.put(LocalPartner.NATIONAL.key(), newId("harrogate"), baseline(HARROGATE, "2024"));

        assertThat(ended.status()).as(ended.body()).isEqualTo(422);
        assertThat(ended.body())
                .contains("E07000165 Harrogate ended on 2023-03-31")
                .contains("E06000065");
    }

    @Test
    void takesABatchOfBaselinesAsCsvAllOrNothing() {
        final String first = newId("csv-a");
        final String second = newId("csv-b");
        final String header = "baselineId,dataset,variable,period,place,sector,value,status,sourceTitle,sourceUrl\n";
        final String good = header
                + first + ",BRES,EMPLOYEES,2019,E09000018,I,12000,FINAL,BRES 2019,https://www.nomisweb.co.uk/\n"
                + second + ",BRES,EMPLOYEES,2019,E09000017,I,9000,PROVISIONAL,BRES 2019,\n";

        final Response refused =
                baselines.post(LocalPartner.NATIONAL.key(), "text/csv", good.replace("9000,", "-9000,"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("value");
        assertThat(committed(RecoveryTopics.BASELINE, LocalPartner.NATIONAL.id() + "/" + first))
                .isEmpty();

        final Response accepted = baselines.post(LocalPartner.NATIONAL.key(), "text/csv", good);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("accepted").asInt()).isEqualTo(2);
        final Baseline published = EventCodec.of(Baseline.class)
                .decode(committed(RecoveryTopics.BASELINE, LocalPartner.NATIONAL.id() + "/" + first)
                        .get(0)
                        .value());
        assertThat(published.getSource().getUrl()).isEqualTo("https://www.nomisweb.co.uk/");
    }

    @Test
    void importsBresAsNomisExportsIt() throws IOException {
        final byte[] sample = nomisSample();
        final Response response = baselines.send(
                "/v1/baselines/nomis?status=REVISED",
                LocalPartner.NATIONAL.key(),
                request -> request.header("Content-Type", "text/csv").POST(BodyPublishers.ofByteArray(sample)));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(3);
        assertThat(response.json().get("ignored").asInt()).isEqualTo(5);
        final List<ConsumerRecord<String, byte[]>> records =
                committed(RecoveryTopics.BASELINE, LocalPartner.NATIONAL.id() + "/bres-2019-employees-E09000018-H");
        final Baseline published = EventCodec.of(Baseline.class)
                .decode(records.get(records.size() - 1).value());
        assertThat(published.getValue()).isEqualTo(41_000L);
        assertThat(published.getStatus()).isEqualTo(BaselineStatus.REVISED);
        assertThat(published.getSource().getTitle()).contains("NM_189_1");

        final Response council = baselines.send(
                "/v1/baselines/nomis",
                LocalPartner.HOUNSLOW.key(),
                request -> request.header("Content-Type", "text/csv").POST(BodyPublishers.ofByteArray(sample)));
        assertThat(council.status()).as(council.body()).isEqualTo(403);
    }

    private static byte[] nomisSample() throws IOException {
        try (InputStream in = ReferenceServiceIT.class.getResourceAsStream("/nomis/bres-nm-189-1-sample.csv")) {
            return in.readAllBytes();
        }
    }

    private static String heathrowZone() {
        return """
                {"name": "Heathrow zone", "members": [
                  {"place": "%s"},
                  {"place": "%s", "from": "2020-01-01", "to": "2021-12-31"}]}
                """.formatted(HOUNSLOW, HILLINGDON);
    }

    private static String baseline(String place, String period) {
        return """
                {"dataset": "BRES", "variable": "EMPLOYEES", "period": "%s", "place": "%s", "sicCode": "51",
                 "value": 41000, "status": "FINAL",
                 "source": {"title": "BRES 2019 (illustrative)", "url": "https://www.nomisweb.co.uk/datasets/newbres6pub",
                            "retrievedOn": "2024-05-01", "licence": "OGL-UK-3.0"}}
                """.formatted(period, place);
    }

    private List<ConsumerRecord<String, byte[]>> committed(String topic, String key) {
        return CommittedRecords.committed(broker.getBrokersAsString(), topic, key);
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
