package org.recoverytracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.reference.DistrictCode;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

/** The rules and the views' place, over every district code live since 2019 (read in reference-data's own test). */
class ViewPlaceTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 1, 1);

    static Collection<DistrictCode> codes() {
        return ReferenceData.uk().districtHistory().codes();
    }

    static List<DistrictCode> endedCodes() {
        return codes().stream().filter(code -> !code.isCurrent()).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void anEventOnACodeLiveOnItsDateIsValidAndCountsInTheDistrictOfToday(DistrictCode code) {
        final LocalDate date = code.isCurrent() ? IN_2024 : code.validTo();
        final JobLossEvent event = on(code.code(), date);

        assertThat(violations(event)).isEmpty();
        assertThat(ViewPlace.of(CommonEventFields.of(event)))
                .isEqualTo(code.isCurrent() ? code.code() : code.successor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endedCodes")
    void anEventOnACodeAfterItEndedBreaksThePlaceRuleNamingTheCodeToUse(DistrictCode code) {
        final JobLossEvent event = on(code.code(), IN_2024);

        assertThat(violations(event)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("place");
            assertThat(violation.message())
                    .startsWith(code + " ended on " + code.validTo() + "; from ")
                    .endsWith(" use " + code.successor() + " "
                            + ReferenceData.uk()
                                    .place(code.successor())
                                    .orElseThrow()
                                    .name());
        });
        assertThatThrownBy(() -> ViewPlace.of(CommonEventFields.of(event)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(code.successor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void anEventOnACodeBeforeItBeganBreaksThePlaceRule(DistrictCode code) {
        final JobLossEvent event = on(code.code(), code.validFrom().minusDays(1));

        if (code.validFrom().equals(DistrictCode.GSS_START)) {
            // The code stands for its district from before GSS codes began.
            assertThat(violations(event)).isEmpty();
        } else {
            assertThat(violations(event)).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("place");
                assertThat(violation.message()).startsWith(code + " began on " + code.validFrom() + "; ");
            });
        }
    }

    @Test
    void harrogateIn2022CountsInNorthYorkshireAndIn2024IsRefusedNamingIt() {
        final JobLossEvent in2022 = on("E07000165", LocalDate.of(2022, 6, 1));

        assertThat(violations(in2022)).isEmpty();
        assertThat(ViewPlace.of(CommonEventFields.of(in2022))).isEqualTo("E06000065");
        assertThat(ViewPlace.asPosted(CommonEventFields.of(in2022))).isEqualTo("E07000165, which counts in E06000065");
        assertThat(violations(on("E07000165", IN_2024)))
                .extracting(Violation::message)
                .containsExactly(
                        "E07000165 Harrogate ended on 2023-03-31; from 2023-04-01 use E06000065 North Yorkshire");
    }

    @Test
    void aCurrentDistrictCountsInItself() {
        final CommonEventFields hounslow =
                CommonEventFields.of(SampleEvents.jobLoss().build());

        assertThat(ViewPlace.of(hounslow)).isEqualTo("E09000018");
        assertThat(ViewPlace.asPosted(hounslow)).isEqualTo("E09000018");
    }

    private static JobLossEvent on(String place, LocalDate occurredOn) {
        return SampleEvents.jobLoss()
                .setPlace(place)
                .setOccurredOn(occurredOn)
                .setReceivedAt(Instant.parse("2024-06-01T12:00:00Z"))
                .build();
    }

    private static List<Violation> violations(JobLossEvent event) {
        return EventRules.forKind(EventKind.JOB_LOSS).check(event);
    }
}
