package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.partners.PartnerCredential;
import org.recoverytracker.partners.PartnerRegistry;
import org.recoverytracker.schemas.EventCodec;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;
import org.recoverytracker.testsupport.LocalPartner;

/**
 * Events posted on a district code that has since ended (Harrogate, E07000165, became part of
 * North Yorkshire, E06000065, on 1 April 2023): counted in the district of today, kept as posted.
 */
class EndedDistrictsTest {

    private static final String HARROGATE = "E07000165";
    private static final String NORTH_YORKSHIRE = "E06000065";
    private static final String NORTH_YORKSHIRE_COUNCIL = "north-yorkshire-council";

    @TempDir
    Path stateDir;

    private ViewsDriver driver;

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void countsAnEventOnHarrogateIn2022InNorthYorkshireAndItsRegionNotAsAPlaceOfItsOwn() {
        driver = new ViewsDriver(stateDir);
        final JobLossEvent harrogate = onHarrogate(LocalDate.of(2022, 6, 1));
        final JobLossEvent northYorkshire = SampleEvents.jobLoss()
                .setEventId("hr1-0002")
                .setPlace(NORTH_YORKSHIRE)
                .setOccurredOn(LocalDate.of(2023, 6, 1))
                .build();

        driver.post(harrogate);
        driver.post(northYorkshire);

        assertThat(driver.sectorTotals()).containsOnlyKeys(NORTH_YORKSHIRE + "|H");
        assertThat(driver.sectorTotals().get(NORTH_YORKSHIRE + "|H").measures().events())
                .isEqualTo(2);
        // 1 June 2022 was a Wednesday.
        assertThat(driver.sectorWeeks())
                .containsOnlyKeys(NORTH_YORKSHIRE + "|H|2022-05-30", NORTH_YORKSHIRE + "|H|2023-05-29");
        assertThat(driver.regionSectors()).containsOnlyKeys("TLE|H");
        assertThat(driver.cellEvents().keySet()).allMatch(key -> key.startsWith(NORTH_YORKSHIRE + "|"));
        // The drill-down names the code each was posted with when it is not the district it counts in.
        assertThat(driver.cellEvents().values())
                .extracting(counted -> counted.provenance().postedPlace())
                .containsExactlyInAnyOrder(HARROGATE, null);
        assertThat(driver.revisions().readRecordsToList())
                .extracting(TestRecord::key)
                .containsOnly(NORTH_YORKSHIRE);
        driver.assertViewsAre(List.of(harrogate, northYorkshire));
    }

    @Test
    void movesACorrectionOfAnEventOnHarrogateToAnotherPlaceOutOfNorthYorkshire() {
        driver = new ViewsDriver(stateDir);
        driver.post(onHarrogate(LocalDate.of(2022, 6, 1)));
        final JobLossEvent corrected = SampleEvents.jobLoss().build();

        driver.post(corrected);

        assertThat(driver.sectorTotals()).containsOnlyKeys(SampleEvents.HOUNSLOW + "|H");
        driver.assertViewsAre(List.of(corrected));
    }

    @Test
    void deadLettersAnEventOnHarrogateAfterItEndedNamingNorthYorkshire() {
        driver = new ViewsDriver(stateDir);

        driver.post(onHarrogate(LocalDate.of(2024, 1, 1)));

        assertThat(ViewsDriver.headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .isEqualTo("invalid: place E07000165 Harrogate ended on 2023-03-31; from 2023-04-01 use E06000065"
                        + " North Yorkshire");
        driver.assertViewsAre(List.of());
    }

    @Test
    void letsThePartnerOfTheDistrictOfTodayWriteTheCodeItReplacedAndKeepsTheCodeAsPosted() {
        driver = new ViewsDriver(stateDir, partnersWithNorthYorkshire());
        final JobLossEvent posted = JobLossEvent.newBuilder(onHarrogate(LocalDate.of(2022, 6, 1)))
                .setPartner(NORTH_YORKSHIRE_COUNCIL)
                .build();

        driver.pipePartner(
                NORTH_YORKSHIRE_COUNCIL,
                EventKind.JOB_LOSS,
                NORTH_YORKSHIRE_COUNCIL + "/hr1-0001",
                ViewsDriver.encode(posted));

        final JobLossEvent forwarded = EventCodec.of(JobLossEvent.class)
                .decode(driver.eventTopic(EventKind.JOB_LOSS).readRecord().value());
        assertThat(forwarded.getPlace()).isEqualTo(HARROGATE);
        assertThat(driver.deadLetters().isEmpty()).isTrue();
        assertThat(driver.sectorTotals()).containsOnlyKeys(NORTH_YORKSHIRE + "|H");
    }

    @Test
    void deadLettersAnEventOnHarrogateFromAPartnerThatMayNotWriteForNorthYorkshire() {
        driver = new ViewsDriver(stateDir, partnersWithNorthYorkshire());

        driver.pipePartner(
                "hounslow-council",
                EventKind.JOB_LOSS,
                "hounslow-council/hr1-0001",
                ViewsDriver.encode(onHarrogate(LocalDate.of(2022, 6, 1))));

        assertThat(ViewsDriver.headers(driver.deadLetters().readRecord()).get(DeadLetters.REASON))
                .isEqualTo("partner hounslow-council may not write for place E07000165, which counts in E06000065");
        driver.assertViewsAre(List.of());
    }

    private static JobLossEvent onHarrogate(LocalDate occurredOn) {
        return SampleEvents.jobLoss()
                .setPlace(HARROGATE)
                .setOccurredOn(occurredOn)
                .build();
    }

    /** The local partners and a council that may write for North Yorkshire (a current district). */
    private static PartnerRegistry partnersWithNorthYorkshire() {
        final List<PartnerCredential> credentials = new ArrayList<>();
        Arrays.stream(LocalPartner.values()).map(ViewsDriver::credential).forEach(credentials::add);
        credentials.add(new PartnerCredential(NORTH_YORKSHIRE_COUNCIL, null, List.of(NORTH_YORKSHIRE), null, null));
        return new PartnerRegistry(credentials);
    }
}
