package org.recoverytracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.SchemaFields;
import org.recoverytracker.schemas.testing.SampleEvents;

/**
 * The rules' own statement of what they ask, which the data dictionary publishes, against what
 * they check: every field a rule can refuse is described, and every description is of a field the
 * record has.
 */
class RuleConstraintsTest {

    private static final Organisation NOBODY =
            Organisation.newBuilder().setName(" ").setCompanyNumber("1").build();

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void describesExactlyTheFieldsItCanRefuse(EventKind kind) {
        final EventRules<SpecificRecord> rules = EventRules.forKind(kind);
        final Set<String> refused = everythingWrong(kind).stream()
                .flatMap(event -> rules.check(event).stream())
                .map(Violation::field)
                .collect(Collectors.toSet());

        assertThat(rules.constraints().keySet())
                .as("what the rules describe, and the fields a broken %s is refused on", kind)
                .containsExactlyInAnyOrderElementsOf(refused);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void describesOnlyFieldsTheRecordHas(EventKind kind) {
        final Set<String> paths = SchemaFields.of(SpecificData.get().getSchema(kind.recordClass())).stream()
                .map(SchemaFields.Field::path)
                .collect(Collectors.toSet());

        assertThat(paths).containsAll(EventRules.forKind(kind).constraints().keySet());
    }

    /** Events of the kind breaking every rule there is, between them. */
    private static List<SpecificRecord> everythingWrong(EventKind kind) {
        return switch (kind) {
            case JOB_LOSS ->
                List.of(
                        SampleEvents.jobLoss()
                                .setEventId("not an id!")
                                .setPartner("not a partner!")
                                .setPlace("X")
                                .setSicCode("ZZ")
                                .setOccurredOn(LocalDate.of(1999, 1, 1))
                                .setEmployer(NOBODY)
                                .setJobs(0)
                                .build(),
                        SampleEvents.jobLoss().setSicCode(null).setSector(null).build());
            case BUSINESS_SUPPORT ->
                List.of(
                        SampleEvents.businessSupport()
                                .setEventId("not an id!")
                                .setPartner("not a partner!")
                                .setPlace("X")
                                .setSicCode("ZZ")
                                .setOccurredOn(LocalDate.of(1999, 1, 1))
                                .setRecipient(NOBODY)
                                .setProgramme(" ")
                                .setAmountPence(-1)
                                .setJobsSafeguarded(-1)
                                .setJobsCreated(-1)
                                .build(),
                        SampleEvents.businessSupport()
                                .setSicCode(null)
                                .setSector(null)
                                .build());
            case GREEN_ECONOMY ->
                List.of(
                        SampleEvents.greenEconomy()
                                .setEventId("not an id!")
                                .setPartner("not a partner!")
                                .setPlace("X")
                                .setSicCode("ZZ")
                                .setOccurredOn(LocalDate.of(1999, 1, 1))
                                .setOrganisation(NOBODY)
                                .setJobsCreated(-1)
                                .setInvestmentPence(-1)
                                .build(),
                        SampleEvents.greenEconomy()
                                .setSicCode(null)
                                .setSector(null)
                                .build());
        };
    }
}
