package org.recoverytracker.ingest.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.recoverytracker.ingest.EventEnvelope;
import org.recoverytracker.ingest.EventRequest;
import org.recoverytracker.ingest.problems.RowError;
import org.recoverytracker.ingest.reading.FieldNames;
import org.recoverytracker.rules.EventRules;
import org.recoverytracker.schemas.EventKind;

/**
 * Checks a bound request: first that every required field is there, then — on the Avro record it
 * becomes — the contract's rules, the same ones the streams service applies to records produced
 * straight to Kafka.
 */
public final class EventValidation {

    private final Validator validator;
    private final EventRules<SpecificRecord> rules;

    public EventValidation(Validator validator, EventKind kind) {
        this.validator = validator;
        this.rules = EventRules.forKind(kind);
    }

    /** The event a valid request becomes, or every reason it is not valid. */
    public record Checked(SpecificRecordBase event, List<RowError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Checked check(EventRequest<?> request, EventEnvelope envelope, int index, FieldNames fieldNames) {
        final List<RowError> missing = validator.validate(request).stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .map(violation -> new RowError(index, fieldNames.nameOf(pathOf(violation)), "is required"))
                .toList();
        if (!missing.isEmpty()) {
            return new Checked(null, missing);
        }
        final SpecificRecordBase event = request.toEvent(envelope);
        final List<RowError> broken = new ArrayList<>();
        rules.check(event)
                .forEach(violation ->
                        broken.add(new RowError(index, fieldNames.nameOf(violation.field()), violation.message())));
        return new Checked(broken.isEmpty() ? event : null, List.copyOf(broken));
    }

    private static String pathOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
