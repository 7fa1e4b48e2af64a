package org.recoverytracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

class EventRulesTest {

    private final JobLossRules jobLossRules = new JobLossRules();

    @Test
    void samplesOfEveryKindAreValid() {
        assertThat(EventRules.forKind(EventKind.JOB_LOSS)
                        .check(SampleEvents.jobLoss().build()))
                .isEmpty();
        assertThat(EventRules.forKind(EventKind.BUSINESS_SUPPORT)
                        .check(SampleEvents.businessSupport().build()))
                .isEmpty();
        assertThat(EventRules.forKind(EventKind.GREEN_ECONOMY)
                        .check(SampleEvents.greenEconomy().build()))
                .isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleOfAnEventAtOnce() {
        final JobLossEvent event = SampleEvents.jobLoss()
                .setPlace("E09000099")
                .setJobs(0)
                .setEmployer(Organisation.newBuilder()
                        .setName(" ")
                        .setCompanyNumber("123")
                        .build())
                .build();

        assertThat(jobLossRules.check(event))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("place", "employer.name", "employer.companyNumber", "jobs");
    }

    @Test
    void rejectsAPlaceThatIsNotAGssCode() {
        assertThat(messages(SampleEvents.jobLoss().setPlace("Hounslow").build()))
                .containsExactly(
                        "place: must be the ONS GSS code of a UK local authority district, like E09000018, but was 'Hounslow'");
    }

    @Test
    void rejectsAWellFormedPlaceThatIsNotADistrict() {
        assertThat(messages(SampleEvents.jobLoss().setPlace("E09000034").build()))
                .containsExactly("place: E09000034 is not a known UK local authority district code: the reference data"
                        + " has every district code live since 2019-01-01");
    }

    @Test
    void requiresASicCodeOrASector() {
        assertThat(messages(
                        SampleEvents.jobLoss().setSicCode(null).setSector(null).build()))
                .containsExactly("sector: give sicCode or sector: one of them is required");
    }

    @Test
    void acceptsASectorAlone() {
        assertThat(messages(SampleEvents.jobLoss()
                        .setSicCode(null)
                        .setSector(SicSection.I)
                        .build()))
                .isEmpty();
    }

    @Test
    void rejectsASectorThatDisagreesWithTheSicCode() {
        assertThat(messages(SampleEvents.jobLoss()
                        .setSicCode("56.10")
                        .setSector(SicSection.H)
                        .build()))
                .containsExactly(
                        "sector: sector H does not match sicCode 56.10, which is in section I (Accommodation and food service activities)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "ab", "51-10", "511000"})
    void rejectsAMalformedSicCode(String sicCode) {
        assertThat(jobLossRules.check(SampleEvents.jobLoss().setSicCode(sicCode).build()))
                .extracting(Violation::field)
                .containsExactly("sicCode");
    }

    @Test
    void rejectsASicDivisionThatDoesNotExist() {
        assertThat(messages(
                        SampleEvents.jobLoss().setSicCode("04").setSector(null).build()))
                .containsExactly("sicCode: UK SIC 2007 has no division 04");
    }

    @Test
    void rejectsADateBefore2000() {
        assertThat(messages(SampleEvents.jobLoss()
                        .setOccurredOn(LocalDate.of(1999, 12, 31))
                        .build()))
                .containsExactly("occurredOn: must not be before 2000-01-01, but was 1999-12-31");
    }

    @Test
    void judgesTheFutureByTheUkDayTheEventWasReceived() {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        final Instant lateEvening = Instant.parse("2024-06-30T23:30:00Z");

        assertThat(messages(SampleEvents.jobLoss()
                        .setReceivedAt(lateEvening)
                        .setOccurredOn(LocalDate.of(2024, 7, 1))
                        .build()))
                .isEmpty();
        assertThat(messages(SampleEvents.jobLoss()
                        .setReceivedAt(lateEvening)
                        .setOccurredOn(LocalDate.of(2024, 7, 2))
                        .build()))
                .containsExactly("occurredOn: must not be in the future: 2024-07-02 is after 2024-07-01");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 100_001})
    void rejectsJobsOutside1To100000(int jobs) {
        assertThat(messages(SampleEvents.jobLoss().setJobs(jobs).build()))
                .containsExactly("jobs: must be between 1 and 100000, but was " + jobs);
    }

    @Test
    void rejectsAnEventIdOfTheWrongShape() {
        assertThat(jobLossRules.check(
                        SampleEvents.jobLoss().setEventId("has space").build()))
                .extracting(Violation::field)
                .containsExactly("eventId");
    }

    @Test
    void rejectsAnEmployerNameLongerThan200Characters() {
        assertThat(messages(SampleEvents.jobLoss()
                        .setEmployer(SampleEvents.organisation("x".repeat(201)))
                        .build()))
                .containsExactly("employer.name: must be at most 200 characters, but has 201");
    }

    @Test
    void rejectsNegativeBusinessSupportFigures() {
        final var event = SampleEvents.businessSupport()
                .setAmountPence(-1)
                .setJobsSafeguarded(-2)
                .setJobsCreated(-3)
                .setProgramme("")
                .build();

        assertThat(new BusinessSupportRules().check(event))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("amountPence", "jobsSafeguarded", "jobsCreated", "programme");
    }

    @Test
    void rejectsNegativeGreenEconomyFigures() {
        final var event = SampleEvents.greenEconomy()
                .setJobsCreated(-1)
                .setInvestmentPence(-100)
                .build();

        assertThat(new GreenEconomyRules().check(event))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("jobsCreated", "investmentPence");
    }

    @Test
    void rejectsAmountsSoLargeThatTheirSumsCouldOverflow() {
        final var support =
                SampleEvents.businessSupport().setAmountPence(Long.MAX_VALUE).build();
        final var green = SampleEvents.greenEconomy()
                .setInvestmentPence(10_000_000_000_001L)
                .build();

        assertThat(new BusinessSupportRules().check(support))
                .extracting(Violation::message)
                .containsExactly("must be at most 10000000000000 pence (£100 billion), but was " + Long.MAX_VALUE);
        assertThat(new GreenEconomyRules().check(green))
                .extracting(Violation::field)
                .containsExactly("investmentPence");
        assertThat(new GreenEconomyRules()
                        .check(SampleEvents.greenEconomy()
                                .setInvestmentPence(10_000_000_000_000L)
                                .build()))
                .isEmpty();
    }

    private List<String> messages(JobLossEvent event) {
        return jobLossRules.check(event).stream()
                .map(v -> v.field() + ": " + v.message())
                .toList();
    }
}
