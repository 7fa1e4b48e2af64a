package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.Measure;

/**
 * How figures read on the page, en-GB: the one place that writes them, for the whole page and the
 * live blocks its script swaps in alike.
 */
class FigureFormatTest {

    @Test
    void saysInWordsWhyAnOpenFigureIsNotShownWithItsGssSymbol() {
        final Figures open = Figures.open(
                Map.of("jobsAtRisk", 0L, "jobsSafeguarded", 100L, "supportAwardedPence", 2_500_000L),
                Map.of("jobsLost", List.of("c"), "jobsAtRisk", List.of("k"), "jobsSafeguarded", List.of("p", "r")));

        assertThat(FigureFormat.EN_GB.figure(open, Measure.JOBS_LOST)).isEqualTo("Confidential [c]");
        assertThat(FigureFormat.EN_GB.figure(open, Measure.JOBS_AT_RISK)).isEqualTo("Low [k]");
        assertThat(FigureFormat.EN_GB.figure(open, Measure.JOBS_SAFEGUARDED)).isEqualTo("100 [p, r]");
        assertThat(FigureFormat.EN_GB.figure(open, Measure.NET_JOB_CHANGE)).isEqualTo("Not published");
        assertThat(FigureFormat.EN_GB.figure(open, Measure.SUPPORT_AWARDED)).isEqualTo("£25,000");
        assertThat(FigureFormat.EN_GB.flagMeaning(open, Measure.JOBS_SAFEGUARDED))
                .startsWith("held back: ")
                .contains("; revised: ");
        assertThat(FigureFormat.EN_GB.flags(open, Measure.JOBS_SAFEGUARDED)).isEqualTo("p r");
        assertThat(FigureFormat.EN_GB.flags(open, Measure.SUPPORT_AWARDED)).isNull();
    }

    @Test
    void givesNoShareOfOrInAFigureThatIsNotPublished() {
        final Figures part = Figures.open(Map.of("jobsAtRisk", 50L), Map.of("jobsLost", List.of("c")));
        final Figures whole = Figures.open(Map.of("jobsLost", 400L, "jobsAtRisk", 200L), Map.of());

        assertThat(FigureFormat.EN_GB.share(part, whole, Measure.JOBS_LOST)).isEqualTo("–");
        assertThat(FigureFormat.EN_GB.share(whole, part, Measure.JOBS_LOST)).isEqualTo("–");
        assertThat(FigureFormat.EN_GB.share(part, whole, Measure.JOBS_AT_RISK)).isEqualTo("25%");
    }

    @Test
    void writesCountsWithThousandsSeparators() {
        assertThat(FigureFormat.show(Measure.JOBS_LOST, 0)).isEqualTo("0");
        assertThat(FigureFormat.show(Measure.JOBS_LOST, 1200)).isEqualTo("1,200");
        assertThat(FigureFormat.show(Measure.EVENTS, 1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void signsANetChangeSoThatAGainReadsAsOne() {
        assertThat(FigureFormat.show(Measure.NET_JOB_CHANGE, 42)).isEqualTo("+42");
        assertThat(FigureFormat.show(Measure.NET_JOB_CHANGE, -1188)).isEqualTo("-1,188");
        assertThat(FigureFormat.show(Measure.NET_JOB_CHANGE, 0)).isEqualTo("0");
    }

    @Test
    void writesPenceAsPoundsWithPenceOnlyWhenThereAreSome() {
        assertThat(FigureFormat.show(Measure.SUPPORT_AWARDED, 6_500_000)).isEqualTo("£65,000");
        assertThat(FigureFormat.show(Measure.SUPPORT_AWARDED, 2_500_050)).isEqualTo("£25,000.50");
        assertThat(FigureFormat.show(Measure.GREEN_INVESTMENT, 7)).isEqualTo("£0.07");
        assertThat(FigureFormat.show(Measure.GREEN_INVESTMENT, 0)).isEqualTo("£0");
    }

    @Test
    void writesSharesInWholePerCent() {
        assertThat(FigureFormat.share(1200, 4800)).isEqualTo("25%");
        assertThat(FigureFormat.share(1, 8)).isEqualTo("13%");
        assertThat(FigureFormat.share(1, 1000)).isEqualTo("less than 1%");
        assertThat(FigureFormat.share(0, 1000)).isEqualTo("0%");
        assertThat(FigureFormat.share(5, 0)).isEqualTo("–");
    }

    @Test
    void writesRatesAgainstABaselineToOneDecimalPlace() {
        assertThat(FigureFormat.EN_GB.rate(40.0)).isEqualTo("40.0");
        assertThat(FigureFormat.EN_GB.rate(96.05)).isEqualTo("96.1");
        assertThat(FigureFormat.EN_GB.rate(null)).isEqualTo("–");
        assertThat(FigureFormat.EN_GB.percent(4.0)).isEqualTo("4.0%");
        assertThat(FigureFormat.EN_GB.percent(null)).isEqualTo("–");
    }

    @Test
    void signsAChangeAsAPercentageUnlessItRoundsToNothing() {
        assertThat(FigureFormat.EN_GB.signedPercent(0.26)).isEqualTo("+0.3%");
        assertThat(FigureFormat.EN_GB.signedPercent(-3.96)).isEqualTo("-4.0%");
        assertThat(FigureFormat.EN_GB.signedPercent(0.04)).isEqualTo("0.0%");
        assertThat(FigureFormat.EN_GB.signedPercent(-0.04)).isEqualTo("0.0%");
        assertThat(FigureFormat.EN_GB.signedPercent(null)).isEqualTo("–");
    }

    @Test
    void writesABaselinesCoverageAsAShareOfDistricts() {
        assertThat(FigureFormat.EN_GB.coverage(1.0)).isEqualTo("100%");
        assertThat(FigureFormat.EN_GB.coverage(0.0303)).isEqualTo("3%");
        assertThat(FigureFormat.EN_GB.coverage(0.0028)).isEqualTo("less than 1%");
        assertThat(FigureFormat.EN_GB.coverage(0.0)).isEqualTo("0%");
    }

    @Test
    void writesAPeriodInWeeksWhenItIsWholeWeeks() {
        assertThat(FigureFormat.EN_GB.period(21)).isEqualTo("3 weeks");
        assertThat(FigureFormat.EN_GB.period(7)).isEqualTo("1 week");
        assertThat(FigureFormat.EN_GB.period(10)).isEqualTo("10 days");
        assertThat(FigureFormat.EN_GB.period(1)).isEqualTo("1 day");
    }

    @Test
    void writesAWeekByItsMondayInFull() {
        assertThat(FigureFormat.EN_GB.week(LocalDate.parse("2020-09-07"))).isEqualTo("7 September 2020");
    }

    @Test
    void writesMomentsInUkTimeInWinterAndInSummer() {
        assertThat(FigureFormat.EN_GB.moment(Instant.parse("2020-03-27T09:15:02Z")))
                .isEqualTo("27 March 2020 at 09:15:02");
        assertThat(FigureFormat.EN_GB.moment(Instant.parse("2020-04-15T16:05:30Z")))
                .isEqualTo("15 April 2020 at 17:05:30");
    }
}
