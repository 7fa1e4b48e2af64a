package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.testing.SampleEvents;

class RetainedHistoryTest extends FreshViewsPerTest {

    @Test
    void aNewTasksHistoryStartsWhenItFirstRanEvenBeforeAnyRecord() {
        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE)).isNull();

        // The task's first punctuation writes it, 100 ms (by the task's clock) after it started.
        driver.advanceWallClock(Duration.ofMillis(100));

        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE))
                .isBetween(driverStartedAt, System.currentTimeMillis());
        assertThat(driver.retainedHistoryStore().get(RetainedHistory.FROM_EMPTY_VIEWS))
                .isEqualTo(1L);
    }

    @Test
    void changesMadeAfterTheFirstStartLeaveItWhereItIs() {
        driver.post(SampleEvents.jobLoss().build(), Instant.now().plusSeconds(60));

        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE))
                .isBetween(driverStartedAt, System.currentTimeMillis());
    }

    @Test
    void aBacklogOlderThanTheFirstStartMovesItBackSoThatARebuildKeepsEveryAnswer() {
        final Instant appendedBefore = Instant.parse("2024-05-20T08:00:00Z");
        driver.post(SampleEvents.jobLoss().build(), Instant.parse("2024-06-01T08:00:00Z"));
        driver.post(SampleEvents.jobLoss().setEventId("hr1-0002").build(), appendedBefore);

        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE)).isEqualTo(appendedBefore.toEpochMilli());
    }

    @Test
    void viewsThatHadFiguresBeforeTheirHistoryBeganKeepTheStartOfTheHistory() {
        // What an upgrade from a release without history leaves: views, no history, no start.
        driver.weekViewsStore()
                .put(
                        "E09000018|H|2020-04-13",
                        new WeekView(new Measures(250, 0, 0, 0, 0, 0, 0, 1), driverStartedAt - 86_400_000L));
        final long upgradedAt = Instant.parse("2024-06-05T12:00:00Z").toEpochMilli();

        final RetainedHistory retained = RetainedHistory.open(
                driver.retainedHistoryStore(), driver.historyStore(), driver.weekViewsStore(), upgradedAt);
        retained.changed(Instant.parse("2024-06-01T00:00:00Z").toEpochMilli());

        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE)).isEqualTo(upgradedAt);
        assertThat(driver.retainedHistoryStore().get(RetainedHistory.FROM_EMPTY_VIEWS))
                .isEqualTo(0L);
    }

    @Test
    void aHistoryKeptWithoutAStartBeginsAtItsOldestChange() {
        final Instant oldest = Instant.parse("2024-05-31T07:00:00Z");
        driver.post(SampleEvents.jobLoss().build(), Instant.parse("2024-06-03T10:30:00Z"));
        driver.post(SampleEvents.jobLoss().setEventId("hr1-0002").build(), oldest);
        // A release that kept the history but not where it starts.
        driver.retainedHistoryStore().delete(RetainedHistory.SINCE);
        driver.retainedHistoryStore().delete(RetainedHistory.FROM_EMPTY_VIEWS);

        final RetainedHistory retained = RetainedHistory.open(
                driver.retainedHistoryStore(),
                driver.historyStore(),
                driver.weekViewsStore(),
                Instant.parse("2024-06-05T12:00:00Z").toEpochMilli());
        retained.writeIfNew();

        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE)).isEqualTo(oldest.toEpochMilli());
    }

    @Test
    void aRestartedTaskKeepsTheStartItWrote() {
        driver.post(SampleEvents.jobLoss().build(), Instant.parse("2024-06-01T08:00:00Z"));

        final RetainedHistory reopened = RetainedHistory.open(
                driver.retainedHistoryStore(),
                driver.historyStore(),
                driver.weekViewsStore(),
                Instant.parse("2024-06-05T12:00:00Z").toEpochMilli());

        assertThat(reopened.isWritten()).isTrue();
        reopened.changed(Instant.parse("2024-05-01T00:00:00Z").toEpochMilli());
        assertThat(driver.retainedHistoryStore().get(RetainedHistory.SINCE))
                .as("a history that began with empty views moves back for an older change, after a restart too")
                .isEqualTo(Instant.parse("2024-05-01T00:00:00Z").toEpochMilli());
    }
}
