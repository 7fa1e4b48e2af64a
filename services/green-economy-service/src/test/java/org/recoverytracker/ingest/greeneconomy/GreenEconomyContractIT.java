package org.recoverytracker.ingest.greeneconomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.ingest.testing.IngestContractTests;
import org.recoverytracker.schemas.EventKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class GreenEconomyContractIT extends IngestContractTests {

    @Override
    protected EventKind kind() {
        return EventKind.GREEN_ECONOMY;
    }

    @Override
    protected ObjectNode validEvent() {
        final ObjectNode event = JSON.createObjectNode()
                .put("place", HOUNSLOW)
                .put("sicCode", "35.11")
                .put("occurredOn", "2022-05-16")
                .put("activity", "LOW_CARBON_ELECTRICITY")
                .put("jobsCreated", 25)
                .put("investmentPence", 450_000_000L);
        event.putObject("organisation").put("name", "West London Solar Co-operative");
        return event;
    }

    @Override
    protected void correct(ObjectNode event) {
        event.put("jobsCreated", 30).put("investmentPence", 480_000_000L);
    }

    @Override
    protected String validCsv(List<String> eventIds) {
        return "eventId,place,sector,occurredOn,organisationName,organisationCompanyNumber,activity,jobsCreated,investmentPence\n"
                + eventIds.stream()
                        .map(
                                id -> id
                                        + ",E09000018,H,2022-07-04,Heathrow EV Charging Ltd,11223344,LOW_EMISSION_VEHICLES,12,9000000")
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    @Override
    protected void assertKindFieldsPublished(JsonNode posted, SpecificRecord published) {
        final GreenEconomyEvent event = (GreenEconomyEvent) published;
        assertThat(event.getOrganisation().getName())
                .isEqualTo(posted.get("organisation").get("name").asString());
        assertThat(event.getOrganisation().getCompanyNumber()).isNull();
        assertThat(event.getActivity().name()).isEqualTo(posted.get("activity").asString());
        assertThat(event.getJobsCreated()).isEqualTo(posted.get("jobsCreated").asInt());
        assertThat(event.getInvestmentPence())
                .isEqualTo(posted.get("investmentPence").asLong());
    }
}
