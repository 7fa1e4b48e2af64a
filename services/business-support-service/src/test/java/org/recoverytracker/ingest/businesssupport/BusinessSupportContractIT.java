package org.recoverytracker.ingest.businesssupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.ingest.testing.IngestContractTests;
import org.recoverytracker.schemas.EventKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BusinessSupportContractIT extends IngestContractTests {

    @Override
    protected EventKind kind() {
        return EventKind.BUSINESS_SUPPORT;
    }

    @Override
    protected ObjectNode validEvent() {
        final ObjectNode event = JSON.createObjectNode()
                .put("place", HOUNSLOW)
                .put("sector", "I")
                .put("occurredOn", "2021-03-01")
                .put("programme", "Hounslow Business Recovery Grant")
                .put("supportType", "GRANT")
                .put("amountPence", 2_500_000L)
                .put("jobsSafeguarded", 8)
                .put("jobsCreated", 2);
        event.putObject("recipient").put("name", "Bath Road Cafe Ltd").put("companyNumber", "09876543");
        return event;
    }

    @Override
    protected void correct(ObjectNode event) {
        event.put("amountPence", 3_000_000L).put("jobsSafeguarded", 10);
    }

    @Override
    protected String validCsv(List<String> eventIds) {
        return "eventId,place,sicCode,occurredOn,recipientName,programme,supportType,amountPence,jobsSafeguarded,jobsCreated\n"
                + eventIds.stream()
                        .map(id -> id + ",E09000018,56.10,2021-03-01,Bath Road Cafe Ltd,Kickstart,TRAINING,0,0,3")
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    @Override
    protected void assertKindFieldsPublished(JsonNode posted, SpecificRecord published) {
        final BusinessSupportEvent event = (BusinessSupportEvent) published;
        assertThat(event.getRecipient().getName())
                .isEqualTo(posted.get("recipient").get("name").asString());
        assertThat(event.getProgramme()).isEqualTo(posted.get("programme").asString());
        assertThat(event.getSupportType().name())
                .isEqualTo(posted.get("supportType").asString());
        assertThat(event.getAmountPence()).isEqualTo(posted.get("amountPence").asLong());
        assertThat(event.getJobsSafeguarded())
                .isEqualTo(posted.get("jobsSafeguarded").asInt());
        assertThat(event.getJobsCreated()).isEqualTo(posted.get("jobsCreated").asInt());
    }
}
