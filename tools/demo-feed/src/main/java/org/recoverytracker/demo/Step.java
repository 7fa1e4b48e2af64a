package org.recoverytracker.demo;

import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.schemas.EventKind;

/**
 * One request a partner makes in the story: a PUT (create or correct), a DELETE (retract) or a
 * batch POST. {@code postedOn} is the day in the story on which the partner sends it; it orders the
 * story and keeps the future out of it (a step posted after today has not happened yet).
 */
public sealed interface Step {

    Partner partner();

    EventKind kind();

    LocalDate postedOn();

    /** What the step means in the story, for the feed's log. */
    String note();

    /** An event with the partner's id for it. */
    record Identified(String eventId, DemoEvent event) {}

    /** {@code PUT {R}/{eventId}}: creates the event, or replaces (corrects) it. */
    record Put(Partner partner, String eventId, DemoEvent event, LocalDate postedOn, String note) implements Step {

        @Override
        public EventKind kind() {
            return event.kind();
        }
    }

    /** {@code DELETE {R}/{eventId}}: retracts the event. */
    record Retract(Partner partner, EventKind kind, String eventId, LocalDate postedOn, String note) implements Step {}

    /** {@code POST {R}} with a JSON array or a CSV file of events. */
    record Batch(
            Partner partner, EventKind kind, Format format, List<Identified> events, LocalDate postedOn, String note)
            implements Step {

        public Batch {
            events = List.copyOf(events);
        }
    }

    /** How a batch is sent. */
    enum Format {
        JSON,
        CSV
    }
}
