package org.recoverytracker.rules;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.schemas.EventKind;

/**
 * The contract's rules for one kind of event. The ingest services check them before a record is
 * published; the streams service checks them again, because partners with Kafka access may
 * produce records straight to the event topics.
 *
 * @param <T> the event's generated class
 */
public interface EventRules<T extends SpecificRecord> {

    /** Every rule the event breaks; empty when it is valid. */
    List<Violation> check(T event);

    /**
     * What the rules ask of each field they check, by field path ({@code employer.name}), in the
     * words of their messages: what the data dictionary states as the field's constraints.
     */
    Map<String, String> constraints();

    /** The rules of a kind, for code that handles every kind alike. */
    @SuppressWarnings("unchecked")
    static EventRules<SpecificRecord> forKind(EventKind kind) {
        return (EventRules<SpecificRecord>) (EventRules<? extends SpecificRecord>)
                switch (kind) {
                    case JOB_LOSS -> new JobLossRules();
                    case BUSINESS_SUPPORT -> new BusinessSupportRules();
                    case GREEN_ECONOMY -> new GreenEconomyRules();
                };
    }
}
