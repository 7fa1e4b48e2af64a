package org.recoverytracker.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.recoverytracker.schemas.EventKind;

/**
 * The demo's history of Hounslow, Belfast and Bradford from March 2020 to today, as the requests
 * the three councils make, in the order they make them.
 *
 * <p>The story is deterministic: the same day gives the same steps, with the same event ids and
 * content, so posting it again after a restart only repeats identical events (a PUT of an event
 * that exists replaces it with itself) and never duplicates anything. A few recent events are dated
 * relative to today, under fixed ids, so the story always reaches today; nothing is posted before
 * it happened or after today.
 */
public final class Story {

    /** The first lockdown: nothing in the story happens before. */
    public static final LocalDate START = LocalDate.of(2020, 3, 1);

    private Story() {}

    /** The story as it stands on {@code today}, ordered by the day each step is posted. */
    public static List<Step> asOf(LocalDate today) {
        final List<Step> steps = new ArrayList<>();
        Stream.of(HounslowStory.write(today), BelfastStory.write(today), BradfordStory.write(today))
                .map(Timeline::steps)
                .forEach(steps::addAll);
        return steps.stream()
                .filter(step -> !step.postedOn().isAfter(today))
                .filter(step -> !(step instanceof Step.Put put)
                        || !put.event().occurredOn().isBefore(START))
                .sorted(Comparator.comparing(Step::postedOn)) // stable: a partner's steps of one day keep their order
                .toList();
    }

    /** An event's identity in the contract: posting it again replaces the event, retracting it removes it. */
    public record Identity(Partner partner, EventKind kind, String eventId) {}

    /** The live events after these steps, as the views count them: the latest version of each, none retracted. */
    public static Map<Identity, DemoEvent> liveEvents(List<Step> steps) {
        final Map<Identity, DemoEvent> live = new LinkedHashMap<>();
        for (Step step : steps) {
            if (step instanceof Step.Put put) {
                live.put(new Identity(put.partner(), put.kind(), put.eventId()), put.event());
            } else if (step instanceof Step.Retract retract) {
                live.remove(new Identity(retract.partner(), retract.kind(), retract.eventId()));
            } else if (step instanceof Step.Batch batch) {
                batch.events()
                        .forEach(item ->
                                live.put(new Identity(batch.partner(), batch.kind(), item.eventId()), item.event()));
            }
        }
        return live;
    }
}
