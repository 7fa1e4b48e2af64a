package org.recoverytracker.views.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.BrokerSettings;
import org.recoverytracker.localkafka.LocalKafkaBroker;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.SchemaPublisher;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rolling upgrade in which a newer build writes events in a newer, compatible schema (an added
 * optional field) while an instance of this build still reads them: once the newer writer has
 * published its schema, as every writer does before it writes, this build reads its records and
 * counts them; a record in a schema nobody published is dead-lettered, as before.
 */
class RollingSchemaUpgradeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventCodec<JobLossEvent> CURRENT = EventCodec.of(JobLossEvent.class);

    @TempDir
    static Path dirs;

    private static LocalKafkaBroker broker;
    private static ViewsInstance olderBuild;

    @BeforeAll
    static void start() {
        broker = LocalKafkaBroker.start(BrokerSettings.of(dirs.resolve("kafka"), BrokerProcess.freePort()));
        olderBuild = ViewsInstance.start(broker.bootstrapServers(), dirs.resolve("streams"));
        await().atMost(Duration.ofSeconds(90)).until(olderBuild::isReady);
    }

    @AfterAll
    static void stop() {
        if (olderBuild != null) {
            olderBuild.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void anOlderBuildCountsEventsInANewerPublishedSchemaAndDeadLettersOnesInAnUnpublishedSchema() throws Exception {
        final Schema newer = withOptionalField(CURRENT.schema(), "sourceSystem");
        final Schema unpublished = withOptionalField(CURRENT.schema(), "somethingElse");

        produce("hr1-unpublished", encodeIn(unpublished, "hr1-unpublished"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(deadLetterReasons())
                        .singleElement()
                        .asString()
                        .startsWith("undecodable"));

        SchemaPublisher.publish(
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                List.of(newer),
                Duration.ofSeconds(30));
        final List<String> newerEvents = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            newerEvents.add("hr1-newer-" + n);
            produce(newerEvents.get(n), encodeIn(newer, newerEvents.get(n)));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            final ViewsInstance.Response place = olderBuild.get("/v1/places/" + SampleEvents.HOUNSLOW);
            assertThat(place.status()).isEqualTo(200);
            assertThat(JSON.readTree(place.body()).get("events").asLong()).isEqualTo(newerEvents.size());
        });
        assertThat(deadLetterReasons()).hasSize(1);
    }

    /** The schema of a build that added an optional field, as a compatible change does. */
    private static Schema withOptionalField(Schema schema, String field) throws IOException {
        final ObjectNode json = (ObjectNode) JSON.readTree(schema.toString());
        json.withArray("fields")
                .addObject()
                .put("name", field)
                .putNull("default")
                .putArray("type")
                .add("null")
                .add("string");
        return new Schema.Parser().parse(json.toString());
    }

    /** A Hounslow event as the newer build writes it: the same content, plus the new field, in its schema. */
    private static byte[] encodeIn(Schema writer, String eventId) throws IOException {
        final byte[] current =
                CURRENT.encode(SampleEvents.jobLoss().setEventId(eventId).build());
        final GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(CURRENT.schema(), writer);
        final GenericRecord record =
                reader.read(null, DecoderFactory.get().binaryDecoder(current, 10, current.length - 10, null));
        record.put(writer.getFields().get(writer.getFields().size() - 1).name(), "newer build");
        final ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(record);
        final byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static void produce(String eventId, byte[] value) {
        CommittedRecords.produce(
                broker.bootstrapServers(), EventKind.JOB_LOSS.topic(), "hounslow-council/" + eventId, value);
    }

    private static List<String> deadLetterReasons() {
        return DeadLetterReasons.on(broker.bootstrapServers());
    }
}
