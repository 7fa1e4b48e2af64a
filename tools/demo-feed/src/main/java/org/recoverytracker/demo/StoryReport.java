package org.recoverytracker.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what the feed posted of the story, for the one-line summary that {@code ./run-local} shows
 * on the console (it looks for {@link #PREFIX}).
 */
final class StoryReport {

    /** How the summary line starts. */
    static final String PREFIX = "Demo story posted:";

    private final Set<Story.Identity> posted = new HashSet<>();
    private int requests;
    private int puts;
    private int replacements;
    private int retractions;
    private int jsonBatches;
    private int csvBatches;

    /** Counts a step the services accepted. */
    void accepted(Step step) {
        requests++;
        if (step instanceof Step.Put put) {
            puts++;
            if (!posted.add(new Story.Identity(put.partner(), put.kind(), put.eventId()))) {
                replacements++;
            }
        } else if (step instanceof Step.Retract) {
            retractions++;
        } else if (((Step.Batch) step).format() == Step.Format.JSON) {
            jsonBatches++;
        } else {
            csvBatches++;
        }
    }

    /** The summary line, given the whole story and how long posting it took. */
    String summary(List<Step> story, Duration took) {
        final Map<Story.Identity, DemoEvent> live = Story.liveEvents(story);
        final LocalDate first = live.values().stream()
                .map(DemoEvent::occurredOn)
                .min(LocalDate::compareTo)
                .orElseThrow();
        final LocalDate last = live.values().stream()
                .map(DemoEvent::occurredOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
        return String.format(
                "%s %d events for Hounslow, Belfast and Bradford, %s to %s, in %d requests (%d PUTs, %d of "
                        + "them confirming or correcting an earlier version; %d JSON and %d CSV batches; %d retraction%s)"
                        + " in %d s",
                PREFIX,
                live.size(),
                first,
                last,
                requests,
                puts,
                replacements,
                jsonBatches,
                csvBatches,
                retractions,
                retractions == 1 ? "" : "s",
                took.toSeconds());
    }
}
