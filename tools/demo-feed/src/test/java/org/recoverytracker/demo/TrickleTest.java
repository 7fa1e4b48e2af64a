package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoverytracker.demo.DemoEvent.JobLoss;
import org.recoverytracker.demo.DemoEvent.Status;
import org.recoverytracker.schemas.EventKind;

class TrickleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant STARTED = Instant.parse("2026-11-28T18:00:00Z");

    @Test
    void addsNewEventsOfTodayForTheThreeCouncils() {
        final List<Step.Put> steps = trickle(new Trickle(new Random(1), STARTED), 600);
        assertThat(steps).extracting(Step::partner).containsOnly(Partner.values());
        assertThat(steps).extracting(Step::kind).containsOnly(EventKind.values());
        for (Step.Put put : steps) {
            assertThat(put.event().occurredOn()).isEqualTo(TODAY);
            assertThat(put.postedOn()).isEqualTo(TODAY);
            assertThat(put.event().place()).isEqualTo(put.partner().place());
            assertThat(put.eventId()).matches("LIVE-[a-z0-9]+-\\d{4}").hasSizeLessThanOrEqualTo(64);
        }
    }

    @Test
    void confirmsOnlyItsOwnNotificationsWithFewerJobs() {
        final Map<String, JobLoss> notified = new HashMap<>();
        int confirmations = 0;
        for (Step.Put put : trickle(new Trickle(new Random(2), STARTED), 600)) {
            if (put.event() instanceof JobLoss jobLoss) {
                if (jobLoss.status() == Status.PROPOSED) {
                    assertThat(notified.put(put.partner() + put.eventId(), jobLoss))
                            .isNull();
                } else {
                    confirmations++;
                    final JobLoss earlier = notified.remove(put.partner() + put.eventId());
                    assertThat(earlier)
                            .as("a confirmation replaces this council's notification")
                            .isNotNull();
                    assertThat(jobLoss.jobs()).isBetween(1, earlier.jobs());
                    assertThat(jobLoss.organisation()).isEqualTo(earlier.organisation());
                }
            }
        }
        assertThat(confirmations).isPositive();
    }

    @Test
    void neverReusesAnIdOfTheStoryOrOfAnEarlierRun() {
        final Set<String> ids = new HashSet<>();
        Story.asOf(TODAY).forEach(step -> {
            if (step instanceof Step.Put put) {
                ids.add(put.eventId());
            }
        });
        final Set<String> newIds = new HashSet<>();
        for (Instant started : List.of(STARTED, STARTED.plusSeconds(1), STARTED.plusSeconds(86_400))) {
            trickle(new Trickle(new Random(3), started), 300).stream()
                    .filter(put -> !(put.event() instanceof JobLoss jobLoss && jobLoss.status() == Status.CONFIRMED))
                    .forEach(put -> assertThat(newIds.add(put.eventId()))
                            .as(put.eventId())
                            .isTrue());
        }
        assertThat(newIds).doesNotContainAnyElementsOf(ids);
    }

    private static List<Step.Put> trickle(Trickle trickle, int count) {
        final List<Step.Put> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            steps.add(trickle.next(TODAY));
        }
        return steps;
    }
}
