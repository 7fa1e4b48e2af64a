package org.recoverytracker.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.IntSupplier;
import org.recoverytracker.ingest.problems.RefusedEvents;
import org.recoverytracker.schemas.EventKind;

/**
 * {@code recovery_ingest_events_total{kind, partner, outcome}}: events partners posted, accepted
 * (acknowledged by Kafka) or rejected (nothing published: invalid, not permitted, too large, or
 * Kafka unavailable). Only authenticated partners are counted, so the partner label stays bounded
 * by configuration.
 */
public final class IngestMetrics {

    static final String NAME = "recovery.ingest.events";

    private final MeterRegistry registry;
    private final String kind;

    /**
     * @param knownPartners partners whose counters start at zero, so that Prometheus sees their
     *                      first events as an increase, also after a restart
     */
    public IngestMetrics(MeterRegistry registry, EventKind kind, Collection<String> knownPartners) {
        this(registry, kind.id(), knownPartners);
    }

    /**
     * @param kind the {@code kind} label: an event kind's id, or a kind of reference record
     * @param knownPartners partners whose counters start at zero
     */
    public IngestMetrics(MeterRegistry registry, String kind, Collection<String> knownPartners) {
        this.registry = registry;
        this.kind = kind;
        knownPartners.forEach(partner -> {
            counter(partner, "accepted");
            counter(partner, "rejected");
        });
    }

    /**
     * Runs a request, counting the records it accepted, or, when it is refused
     * ({@link RefusedEvents}), the records it was refused for.
     */
    public int counted(String partner, IntSupplier request) {
        try {
            final int accepted = request.getAsInt();
            accepted(partner, accepted);
            return accepted;
        } catch (RuntimeException e) {
            if (e instanceof RefusedEvents refused) {
                rejected(partner, refused.eventCount());
            }
            throw e;
        }
    }

    public void accepted(String partner, int events) {
        counter(partner, "accepted").increment(events);
    }

    public void rejected(String partner, int events) {
        counter(partner, "rejected").increment(events);
    }

    private Counter counter(String partner, String outcome) {
        return Counter.builder(NAME)
                .description("Events posted by partners, by outcome")
                .tag("kind", kind)
                .tag("partner", partner)
                .tag("outcome", outcome)
                .register(registry);
    }
}
