package org.recoverytracker.ingest.jobloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.ingest.testing.IngestContractTests;
import org.recoverytracker.schemas.EventKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JobLossContractIT extends IngestContractTests {

    @Override
    protected EventKind kind() {
        return EventKind.JOB_LOSS;
    }

    @Override
    protected ObjectNode validEvent() {
        final ObjectNode event = JSON.createObjectNode()
                .put("place", HOUNSLOW)
                .put("sicCode", "51.10")
                .put("occurredOn", "2020-04-14")
                .put("jobs", 250)
                .put("status", "PROPOSED");
        event.putObject("employer").put("name", "Heathrow Airline Services Ltd").put("companyNumber", "01234567");
        return event;
    }

    @Override
    protected void correct(ObjectNode event) {
        event.put("status", "CONFIRMED").put("jobs", 180);
    }

    @Override
    protected String validCsv(List<String> eventIds) {
        return "eventId,place,sicCode,sector,occurredOn,employerName,employerCompanyNumber,jobs,status\n"
                + eventIds.stream()
                        .map(id -> id + ",E09000018,55.10,I,2020-06-01,\"Hounslow Hotels, Ltd\",,45,CONFIRMED")
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    @Override
    protected void assertKindFieldsPublished(JsonNode posted, SpecificRecord published) {
        final JobLossEvent event = (JobLossEvent) published;
        assertThat(event.getJobs()).isEqualTo(posted.get("jobs").asInt());
        assertThat(event.getStatus().name()).isEqualTo(posted.get("status").asString());
        assertThat(event.getEmployer().getName())
                .isEqualTo(posted.get("employer").get("name").asString());
        assertThat(event.getEmployer().getCompanyNumber())
                .isEqualTo(posted.get("employer").get("companyNumber").asString());
    }
}
