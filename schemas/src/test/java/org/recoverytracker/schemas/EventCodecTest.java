package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.schemas.testing.SampleEvents;

class EventCodecTest {

    private static final JobLossEvent HEATHROW_REDUNDANCIES = JobLossEvent.newBuilder()
            .setEventId("hr1-2020-0412")
            .setPartner("hounslow-council")
            .setReceivedAt(Instant.parse("2020-04-14T09:30:00.123Z"))
            .setPlace("E09000018")
            .setSicCode("51.10")
            .setSector(SicSection.H)
            .setOccurredOn(LocalDate.of(2020, 4, 12))
            .setEmployer(Organisation.newBuilder()
                    .setName("Heathrow Airline Services Ltd")
                    .setCompanyNumber("01234567")
                    .build())
            .setJobs(1200)
            .setStatus(JobLossStatus.PROPOSED)
            .build();

    @Test
    void decodesWhatItEncodes() {
        final EventCodec<JobLossEvent> codec = EventCodec.of(JobLossEvent.class);

        assertThat(codec.decode(codec.encode(HEATHROW_REDUNDANCIES))).isEqualTo(HEATHROW_REDUNDANCIES);
    }

    @Test
    void serdePassesTombstonesThroughAsNull() {
        final EventSerde<JobLossEvent> serde = new EventSerde<>(JobLossEvent.class);

        assertThat(serde.serializer().serialize("recovery.job-loss.v1", null)).isNull();
        assertThat(serde.deserializer().deserialize("recovery.job-loss.v1", null))
                .isNull();
    }

    @Test
    void rejectsBytesThatAreNotSingleObjectEncoded() {
        final EventCodec<JobLossEvent> codec = EventCodec.of(JobLossEvent.class);

        assertThatThrownBy(() -> codec.decode("{\"jobs\": 12}".getBytes()))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("not a single-object encoded record");
    }

    @Test
    void rejectsARecordWrittenWithAnUnreleasedSchema() throws IOException {
        final EventSerde<JobLossEvent> serde = new EventSerde<>(JobLossEvent.class);
        final byte[] bytes = encode(olderJobLossSchema(), olderJobLossRecord());

        assertThatThrownBy(() -> serde.deserializer().deserialize("recovery.job-loss.v1", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("recovery.job-loss.v1");
    }

    @Test
    void readsAnOlderReleasedVersionIntoTheCurrentClass() throws IOException {
        final Schema older = olderJobLossSchema();
        final EventCodec<JobLossEvent> codec = EventCodec.of(JobLossEvent.class, List.of(older));

        final JobLossEvent read = codec.decode(encode(older, olderJobLossRecord()));

        assertThat(read.getEventId()).isEqualTo("hr1-2020-0412");
        assertThat(read.getOccurredOn()).isEqualTo(LocalDate.of(2020, 4, 12));
        assertThat(read.getSector()).isEqualTo(SicSection.H);
        assertThat(read.getSicCode())
                .as("a field the older version did not have takes its default")
                .isNull();
        assertThat(read.getEmployer().getCompanyNumber()).isNull();
    }

    @Test
    void namesTheReleasedVersionThatWroteARecord() throws IOException {
        final Schema older = olderJobLossSchema();
        final EventCodec<JobLossEvent> codec =
                EventCodec.of(JobLossEvent.class, List.of(older, JobLossEvent.getClassSchema()));

        assertThat(codec.writerVersion(encode(older, olderJobLossRecord()))).isEqualTo(1);
        assertThat(codec.writerVersion(codec.encode(SampleEvents.jobLoss().build())))
                .isEqualTo(2);
        assertThat(EventCodec.of(JobLossEvent.class, List.of(older))
                        .writerVersion(codec.encode(SampleEvents.jobLoss().build())))
                .as("a schema this build has not released")
                .isZero();
        assertThat(codec.writerVersion(new byte[] {(byte) 0xC3})).isZero();
    }

    /** The current job-loss schema as it might have been before sicCode and companyNumber were added. */
    private static Schema olderJobLossSchema() {
        return new Schema.Parser().parse("""
                {"type": "record", "name": "JobLossEvent", "namespace": "org.recoverytracker.events", "fields": [
                  {"name": "eventId", "type": "string"},
                  {"name": "partner", "type": "string"},
                  {"name": "receivedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                  {"name": "place", "type": "string"},
                  {"name": "sector", "type": ["null", {"type": "enum", "name": "SicSection",
                    "symbols": ["A","B","C","D","E","F","G","H","I","J","K","L","M","N","O","P","Q","R","S","T","U"]}], "default": null},
                  {"name": "occurredOn", "type": {"type": "int", "logicalType": "date"}},
                  {"name": "employer", "type": {"type": "record", "name": "Organisation", "fields": [
                    {"name": "name", "type": "string"}]}},
                  {"name": "jobs", "type": "int"},
                  {"name": "status", "type": {"type": "enum", "name": "JobLossStatus", "symbols": ["PROPOSED", "CONFIRMED"]}}
                ]}""");
    }

    private static GenericRecord olderJobLossRecord() {
        final Schema schema = olderJobLossSchema();
        final GenericRecord employer =
                new GenericData.Record(schema.getField("employer").schema());
        employer.put("name", "Heathrow Airline Services Ltd");
        final GenericRecord record = new GenericData.Record(schema);
        record.put("eventId", "hr1-2020-0412");
        record.put("partner", "hounslow-council");
        record.put("receivedAt", Instant.parse("2020-04-14T09:30:00Z").toEpochMilli());
        record.put("place", "E09000018");
        record.put(
                "sector",
                new GenericData.EnumSymbol(
                        schema.getField("sector").schema().getTypes().get(1), "H"));
        record.put("occurredOn", (int) LocalDate.of(2020, 4, 12).toEpochDay());
        record.put("employer", employer);
        record.put("jobs", 1200);
        record.put(
                "status", new GenericData.EnumSymbol(schema.getField("status").schema(), "PROPOSED"));
        return record;
    }

    private static byte[] encode(Schema schema, GenericRecord record) throws IOException {
        final ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
        final byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
