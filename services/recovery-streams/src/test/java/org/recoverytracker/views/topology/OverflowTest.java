package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.testing.SampleEvents;

/** No sum can overflow: the event that would take one past what it can hold is dead-lettered. */
class OverflowTest {

    /** The most one event may award, by the contract's rules: £100 billion. */
    private static final long MAX_AMOUNT_PENCE = 10_000_000_000_000L;

    @TempDir
    Path stateDir;

    @Test
    void deadLettersTheEventThatWouldTakeASumPastItsLimitAndKeepCountingOthers() {
        final long fitting = IdentityTracker.TASK_LIMIT / MAX_AMOUNT_PENCE;
        final List<BusinessSupportEvent> counted = new ArrayList<>();
        try (ViewsDriver driver = new ViewsDriver(stateDir)) {
            for (long n = 0; n < fitting; n++) {
                final BusinessSupportEvent grant = grant("grant-" + n, MAX_AMOUNT_PENCE);
                driver.post(grant);
                counted.add(grant);
            }
            assertThat(driver.deadLetters().isEmpty()).isTrue();

            final BusinessSupportEvent correction = BusinessSupportEvent.newBuilder(
                            grant("grant-0", MAX_AMOUNT_PENCE - 1))
                    .setJobsCreated(2)
                    .build();
            driver.post(grant("one-too-many", MAX_AMOUNT_PENCE));
            driver.post(correction);

            assertThat(driver.deadLetters().readRecordsToList())
                    .extracting(record -> ViewsDriver.headers(record).get(DeadLetters.REASON))
                    .containsExactly("overflow: counting it would take the sum of supportAwardedPence past "
                            + IdentityTracker.TASK_LIMIT + ", the most a view can safely hold");
            counted.set(0, correction);
            driver.assertViewsAre(counted);

            driver.retract(EventKind.BUSINESS_SUPPORT, "belfast-city-council", "grant-1");
            driver.post(grant("fits-again", MAX_AMOUNT_PENCE));
            counted.remove(1);
            counted.add(grant("fits-again", MAX_AMOUNT_PENCE));
            assertThat(driver.deadLetters().isEmpty()).isTrue();
            driver.assertViewsAre(counted);
        }
    }

    private static BusinessSupportEvent grant(String eventId, long amountPence) {
        return SampleEvents.businessSupport()
                .setEventId(eventId)
                .setAmountPence(amountPence)
                .build();
    }
}
