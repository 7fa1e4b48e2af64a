package org.recoverytracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryReportTest {

    @Test
    void summarisesTheStoryOnTheLineRunLocalLooksFor() {
        final List<Step> story = Story.asOf(LocalDate.of(2026, 11, 28));
        final StoryReport report = new StoryReport();
        story.forEach(report::accepted);

        final String summary = report.summary(story, Duration.ofSeconds(9));

        assertThat(summary)
                .startsWith("Demo story posted: " + Story.liveEvents(story).size()
                        + " events for Hounslow, Belfast and Bradford, ")
                .contains(
                        "2020-03-05 to 2026-11-",
                        "in " + story.size() + " requests",
                        "2 JSON and 2 CSV batches",
                        "1 retraction)",
                        "in 9 s")
                .doesNotContain("\n");
    }
}
