package org.recoverytracker.schemas.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.LowCarbonActivity;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;

/**
 * Valid events of each kind for tests, as builders so a test changes only what it is about.
 */
public final class SampleEvents {

    public static final String HOUNSLOW = "E09000018";
    public static final String BELFAST = "N09000003";
    public static final String BRADFORD = "E08000032";
    public static final Instant RECEIVED_AT = Instant.parse("2024-06-03T10:00:00Z");

    private SampleEvents() {}

    /** 250 air-transport jobs at risk in Hounslow. */
    public static JobLossEvent.Builder jobLoss() {
        return JobLossEvent.newBuilder()
                .setEventId("hr1-0001")
                .setPartner("hounslow-council")
                .setReceivedAt(RECEIVED_AT)
                .setPlace(HOUNSLOW)
                .setSicCode("51.10")
                .setSector(SicSection.H)
                .setOccurredOn(LocalDate.of(2020, 4, 14))
                .setEmployer(organisation("Heathrow Airline Services Ltd"))
                .setJobs(250)
                .setStatus(JobLossStatus.PROPOSED);
    }

    /** A £25,000 grant to a Belfast restaurant that safeguards 8 jobs and creates 2. */
    public static BusinessSupportEvent.Builder businessSupport() {
        return BusinessSupportEvent.newBuilder()
                .setEventId("grant-0001")
                .setPartner("belfast-city-council")
                .setReceivedAt(RECEIVED_AT)
                .setPlace(BELFAST)
                .setSicCode("56.10")
                .setSector(null)
                .setOccurredOn(LocalDate.of(2021, 2, 1))
                .setRecipient(organisation("Cathedral Quarter Kitchen Ltd"))
                .setProgramme("Belfast Business Recovery Grant")
                .setSupportType(SupportType.GRANT)
                .setAmountPence(2_500_000L)
                .setJobsSafeguarded(8)
                .setJobsCreated(2);
    }

    /** 40 green jobs and £1.2m invested in heat pumps in Bradford. */
    public static GreenEconomyEvent.Builder greenEconomy() {
        return GreenEconomyEvent.newBuilder()
                .setEventId("green-0001")
                .setPartner("bradford-council")
                .setReceivedAt(RECEIVED_AT)
                .setPlace(BRADFORD)
                .setSicCode(null)
                .setSector(SicSection.C)
                .setOccurredOn(LocalDate.of(2022, 9, 5))
                .setOrganisation(organisation("Aire Valley Heat Pumps Ltd"))
                .setActivity(LowCarbonActivity.LOW_CARBON_HEAT)
                .setJobsCreated(40)
                .setInvestmentPence(120_000_000L);
    }

    public static Organisation organisation(String name) {
        return Organisation.newBuilder().setName(name).setCompanyNumber(null).build();
    }
}
