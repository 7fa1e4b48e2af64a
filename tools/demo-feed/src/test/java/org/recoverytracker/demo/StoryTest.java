package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverytracker.demo.DemoEvent.BusinessSupport;
import org.recoverytracker.demo.DemoEvent.GreenEconomy;
import org.recoverytracker.demo.DemoEvent.JobLoss;
import org.recoverytracker.demo.DemoEvent.Status;
import org.recoverytracker.demo.Step.Identified;
import org.recoverytracker.demo.Story.Identity;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.EventKind;

class StoryTest {

    private static final LocalDate A_DAY = LocalDate.of(2026, 11, 28);
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern SIC_CODE = Pattern.compile("\\d{2}(\\.\\d{1,2})?");
    private static final ReferenceData UK = ReferenceData.uk();

    static Stream<LocalDate> days() {
        return Stream.of(
                A_DAY,
                LocalDate.now(DemoFeed.UK_TIME),
                LocalDate.of(2020, 3, 10),
                LocalDate.of(2021, 2, 6),
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2031, 6, 30));
    }

    @ParameterizedTest
    @MethodSource("days")
    void everyEventFollowsTheContract(LocalDate today) {
        final List<Step> story = Story.asOf(today);
        assertThat(story).isNotEmpty();
        for (Step step : story) {
            assertThat(step.postedOn()).as("%s", step).isBeforeOrEqualTo(today);
            if (step instanceof Step.Retract retract) {
                assertThat(retract.eventId()).matches(EVENT_ID);
            }
            for (Identified item : itemsOf(step)) {
                assertThat(item.eventId()).matches(EVENT_ID);
                assertFollowsTheContract(step, item.event());
            }
        }
    }

    private static void assertFollowsTheContract(Step step, DemoEvent event) {
        final String what = step.partner().id() + " " + event;
        assertThat(event.kind()).as(what).isEqualTo(step.kind());
        assertThat(event.place())
                .as("%s writes only for its own place", what)
                .isEqualTo(step.partner().place());
        assertThat(UK.place(event.place())).as(what).isPresent();
        assertThat(event.sicCode()).as(what).matches(SIC_CODE);
        assertThat(UK.divisionOfSicCode(event.sicCode()))
                .as("%s: a SIC 2007 division", what)
                .isPresent();
        assertThat(event.occurredOn()).as(what).isBetween(Story.START, step.postedOn());
        assertThat(event.organisation()).as(what).isNotBlank().hasSizeLessThanOrEqualTo(200);
        if (event instanceof JobLoss jobLoss) {
            assertThat(jobLoss.jobs()).as(what).isBetween(1, 100_000);
        } else if (event instanceof BusinessSupport support) {
            assertThat(support.programme()).as(what).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(support.amountPence()).as(what).isNotNegative();
            assertThat(support.jobsSafeguarded()).as(what).isNotNegative();
            assertThat(support.jobsCreated()).as(what).isNotNegative();
        } else if (event instanceof GreenEconomy green) {
            assertThat(green.jobsCreated()).as(what).isNotNegative();
            assertThat(green.investmentPence()).as(what).isNotNegative();
        }
    }

    @Test
    void tellsOnlyTheStoryOfTheThreePlacesWithTheirOwnCouncilsKeys() {
        final List<Step> story = Story.asOf(A_DAY);
        assertThat(story).extracting(Step::partner).containsOnly(Partner.values());
        assertThat(Story.liveEvents(story).values())
                .extracting(DemoEvent::place)
                .containsOnly("E09000018", "N09000003", "E08000032");
        assertThat(UK.place("E09000018")).get().extracting(Place::name).isEqualTo("Hounslow");
        assertThat(UK.place("N09000003")).get().extracting(Place::name).isEqualTo("Belfast");
        assertThat(UK.place("E08000032")).get().extracting(Place::name).isEqualTo("Bradford");
    }

    @Test
    void isTheSameStoryEveryTime() {
        assertThat(Story.asOf(A_DAY)).isEqualTo(Story.asOf(A_DAY));
    }

    @Test
    void laterDaysOnlyAddToTheStory() {
        final LocalDate earlier = LocalDate.of(2024, 1, 1);
        final LocalDate cutOff = LocalDate.of(2023, 6, 1);
        assertThat(Story.liveEvents(Story.asOf(A_DAY)).keySet())
                .containsAll(Story.liveEvents(Story.asOf(earlier)).keySet());
        assertThat(postedBefore(cutOff, Story.asOf(A_DAY))).isEqualTo(postedBefore(cutOff, Story.asOf(earlier)));
    }

    @Test
    void usesEveryWayOfPosting() {
        final List<Step> story = Story.asOf(A_DAY);
        assertThat(story)
                .filteredOn(step -> step instanceof Step.Batch batch && batch.format() == Step.Format.JSON)
                .isNotEmpty();
        assertThat(story)
                .filteredOn(step -> step instanceof Step.Batch batch && batch.format() == Step.Format.CSV)
                .isNotEmpty();
        assertThat(story)
                .filteredOn(step -> step instanceof Step.Batch batch)
                .allSatisfy(batch -> assertThat(((Step.Batch) batch).events()).hasSizeBetween(1, 10_000));
        assertThat(story).filteredOn(Step.Put.class::isInstance).hasSizeGreaterThan(100);
        for (Partner partner : Partner.values()) {
            assertThat(Story.liveEvents(story).keySet())
                    .filteredOn(identity -> identity.partner() == partner)
                    .extracting(Identity::kind)
                    .as(partner.id())
                    .containsOnly(EventKind.values());
        }
    }

    @Test
    void givesEveryEventItsOwnIdAndReusesOneOnlyToReplaceThatEvent() {
        final Map<Identity, List<DemoEvent>> versions = new HashMap<>();
        for (Step step : Story.asOf(A_DAY)) {
            itemsOf(step)
                    .forEach(item -> versions.computeIfAbsent(
                                    new Identity(step.partner(), step.kind(), item.eventId()), id -> new ArrayList<>())
                            .add(item.event()));
        }
        versions.forEach((identity, posted) -> {
            if (posted.size() > 1) {
                assertThat(posted)
                        .as("%s: a notification and its confirmation, or a mistake and its correction", identity)
                        .hasSize(2);
                assertThat(posted.get(1).kind())
                        .as("%s", identity)
                        .isIn(EventKind.JOB_LOSS, EventKind.BUSINESS_SUPPORT);
                assertThat(posted.get(1).organisation())
                        .as("%s", identity)
                        .isEqualTo(posted.get(0).organisation());
                assertThat(posted.get(1).sicCode())
                        .as("%s", identity)
                        .isEqualTo(posted.get(0).sicCode());
            }
        });
    }

    @Test
    void confirmsNotifiedRedundanciesWithFewerJobsLater() {
        final Map<Identity, JobLoss> notified = new HashMap<>();
        int confirmations = 0;
        for (Step step : Story.asOf(A_DAY)) {
            if (step instanceof Step.Put put && put.event() instanceof JobLoss jobLoss) {
                final Identity identity = new Identity(put.partner(), put.kind(), put.eventId());
                final JobLoss earlier = notified.put(identity, jobLoss);
                if (earlier != null) {
                    confirmations++;
                    assertThat(earlier.status()).isEqualTo(Status.PROPOSED);
                    assertThat(jobLoss.status()).isEqualTo(Status.CONFIRMED);
                    assertThat(jobLoss.jobs()).isLessThanOrEqualTo(earlier.jobs());
                    assertThat(jobLoss.occurredOn()).isAfter(earlier.occurredOn());
                    assertThat(jobLoss.organisation()).isEqualTo(earlier.organisation());
                }
            }
        }
        assertThat(confirmations).isGreaterThanOrEqualTo(20);
        assertThat(Story.liveEvents(Story.asOf(A_DAY)).values())
                .as("some redundancies are still in consultation today")
                .anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                JobLoss.class,
                                jobLoss -> assertThat(jobLoss.status()).isEqualTo(Status.PROPOSED)));
    }

    @Test
    void correctsAMistypedGrantAmount() {
        final Map<Identity, DemoEvent> posted = new HashMap<>();
        final List<String> corrections = new ArrayList<>();
        for (Step step : Story.asOf(A_DAY)) {
            if (step instanceof Step.Put put && put.event() instanceof BusinessSupport award) {
                final DemoEvent earlier = posted.put(new Identity(put.partner(), put.kind(), put.eventId()), award);
                if (earlier != null) {
                    assertThat(((BusinessSupport) earlier).amountPence()).isEqualTo(award.amountPence() * 10);
                    assertThat(earlier).isEqualTo(award.withAmountPence(award.amountPence() * 10));
                    corrections.add(put.eventId());
                }
            }
        }
        assertThat(corrections).hasSize(1);
    }

    @Test
    void retractsTheOneGrantKeyedTwice() {
        final List<Step> story = Story.asOf(A_DAY);
        final List<Step.Retract> retractions = story.stream()
                .filter(Step.Retract.class::isInstance)
                .map(Step.Retract.class::cast)
                .toList();
        assertThat(retractions).hasSize(1);
        final Step.Retract retraction = retractions.get(0);
        final Identity retracted = new Identity(retraction.partner(), retraction.kind(), retraction.eventId());
        assertThat(story.subList(0, story.indexOf(retraction)))
                .as("posted before it is retracted")
                .anySatisfy(step -> assertThat(step)
                        .isInstanceOfSatisfying(
                                Step.Put.class,
                                put -> assertThat(new Identity(put.partner(), put.kind(), put.eventId()))
                                        .isEqualTo(retracted)));

        final Map<Identity, DemoEvent> live = Story.liveEvents(story);
        assertThat(live).doesNotContainKey(retracted);
        final Set<DemoEvent> distinct = new HashSet<>(live.values());
        assertThat(distinct)
                .as("no two live events are the same event under two ids")
                .hasSameSizeAs(live.values());
    }

    @Test
    void tellsACoherentRecovery() {
        final Map<Identity, DemoEvent> live = Story.liveEvents(Story.asOf(A_DAY));
        assertThat(live).hasSizeGreaterThan(200);
        for (Partner partner : Partner.values()) {
            final List<DemoEvent> events = live.entrySet().stream()
                    .filter(entry -> entry.getKey().partner() == partner)
                    .map(Map.Entry::getValue)
                    .toList();
            assertThat(jobsLost(events, Set.of())).as(partner.placeName()).isPositive();
            assertThat(events)
                    .as(partner.placeName())
                    .anySatisfy(event -> assertThat(event).isInstanceOf(GreenEconomy.class))
                    .anySatisfy(event -> assertThat(event)
                            .isInstanceOfSatisfying(
                                    BusinessSupport.class,
                                    support -> assertThat(support.jobsSafeguarded())
                                            .isPositive()));
            assertThat(events)
                    .extracting(DemoEvent::occurredOn)
                    .as(partner.placeName())
                    .anySatisfy(day -> assertThat(day).isBefore(LocalDate.of(2020, 9, 1)))
                    .anySatisfy(day -> assertThat(day).isAfter(A_DAY.minusMonths(2)));
        }
        final List<DemoEvent> hounslow = live.entrySet().stream()
                .filter(entry -> entry.getKey().partner() == Partner.HOUNSLOW)
                .map(Map.Entry::getValue)
                .toList();
        assertThat(jobsLost(hounslow, Set.of("51", "52", "55", "56")))
                .as("Hounslow's losses are mostly Heathrow's: air transport, airport services, hotels, catering")
                .isGreaterThan(jobsLost(hounslow, Set.of()) * 9 / 10);
    }

    private static int jobsLost(List<DemoEvent> events, Set<String> divisions) {
        return events.stream()
                .filter(JobLoss.class::isInstance)
                .map(JobLoss.class::cast)
                .filter(jobLoss -> jobLoss.status() == Status.CONFIRMED)
                .filter(jobLoss -> divisions.isEmpty()
                        || divisions.contains(jobLoss.sicCode().substring(0, 2)))
                .mapToInt(JobLoss::jobs)
                .sum();
    }

    private static List<Step> postedBefore(LocalDate day, List<Step> story) {
        return story.stream().filter(step -> step.postedOn().isBefore(day)).toList();
    }

    private static List<Identified> itemsOf(Step step) {
        if (step instanceof Step.Put put) {
            return List.of(new Identified(put.eventId(), put.event()));
        }
        if (step instanceof Step.Batch batch) {
            return batch.events();
        }
        return List.of();
    }
}
