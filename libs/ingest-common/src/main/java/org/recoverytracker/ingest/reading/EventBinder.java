package org.recoverytracker.ingest.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.recoverytracker.ingest.problems.RowError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds each event's JSON object to the kind's request class, reporting every field that can't be
 * bound — unknown fields (so that a typo never drops data silently) and values of the wrong type —
 * not just the first: after each problem the field is set aside and binding is tried again.
 *
 * @param <D> the request class
 */
public final class EventBinder<D> {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    /**
     * No event has more fields than this, counting those of its organisation. An object with more is
     * refused as a whole before binding, which otherwise tries again after each unknown field.
     */
    static final int MAX_FIELDS = 40;
    /** Problems listed for one event; the rest are summed up in one more. */
    static final int MAX_ERRORS_PER_EVENT = 10;

    private final ObjectReader reader;
    private final String eventName;

    public EventBinder(Class<D> requestType, String eventName) {
        this.reader = MAPPER.readerFor(requestType);
        this.eventName = eventName;
    }

    /**
     * The outcome of binding one event: the request bound from the fields that could be bound
     * (null only when the item is not an object at all), and every field that could not.
     */
    public record Binding<D>(D request, List<RowError> errors) {

        public boolean isBound() {
            return errors.isEmpty();
        }
    }

    public Binding<D> bind(JsonNode item, int index, FieldNames fieldNames) {
        if (!(item instanceof ObjectNode object)) {
            return new Binding<>(
                    null, List.of(new RowError(index, "", "must be a JSON object holding one " + eventName)));
        }
        final int fields = countFields(object);
        if (fields > MAX_FIELDS) {
            return new Binding<>(
                    null,
                    List.of(new RowError(
                            index,
                            "",
                            "has " + fields + " fields, more than any " + eventName + " has (" + MAX_FIELDS
                                    + " at most); check that it is one event")));
        }
        final ObjectNode remaining = object.deepCopy();
        final List<RowError> errors = new ArrayList<>();
        // Each failed attempt removes one field, so this ends within the number of fields.
        while (true) {
            try {
                final D request = reader.readValue(remaining);
                return new Binding<>(request, List.copyOf(errors));
            } catch (JacksonException e) {
                if (errors.size() == MAX_ERRORS_PER_EVENT) {
                    errors.add(
                            new RowError(index, "", "has more problems than the " + MAX_ERRORS_PER_EVENT + " listed"));
                    return new Binding<>(null, List.copyOf(errors));
                }
                final List<String> path = pathOf(e);
                errors.add(new RowError(index, fieldNames.nameOf(String.join(".", path)), describe(e, path)));
                if (!remove(remaining, path)) {
                    return new Binding<>(null, List.copyOf(errors));
                }
            }
        }
    }

    /** The fields of an object and of the objects in it. */
    private static int countFields(JsonNode node) {
        int fields = 0;
        for (JsonNode child : node) {
            fields += 1 + (child.isObject() ? countFields(child) : 0);
        }
        return node.isObject() ? fields : 0;
    }

    private String describe(JacksonException e, List<String> path) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            final String owner = path.size() > 1 ? path.get(path.size() - 2) : "a " + eventName;
            return "is not a field of " + owner + "; the fields are "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        final Class<?> target = e instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType()
                : e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        return target == null ? "cannot be read: " + e.getOriginalMessage() : expected(target, e);
    }

    private static String expected(Class<?> target, JacksonException e) {
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return e instanceof InputCoercionException ? "is too large a number" : "must be a whole number";
        }
        if (target == LocalDate.class) {
            return "must be a real date written YYYY-MM-DD, like 2020-04-14";
        }
        if (target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (target == String.class) {
            return "must be a string";
        }
        return "must be a JSON object";
    }

    private static List<String> pathOf(JacksonException e) {
        return e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .takeWhile(name -> name != null)
                .toList();
    }

    /** Removes the field at {@code path}; false when there is no such field to remove. */
    private static boolean remove(ObjectNode root, List<String> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (String name : path.subList(0, path.size() - 1)) {
            if (parent == null) {
                return false;
            }
            parent = parent.get(name);
        }
        return parent instanceof ObjectNode object && object.remove(path.get(path.size() - 1)) != null;
    }
}
