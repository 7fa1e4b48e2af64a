package org.recoverytracker.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one event, so a partner learns of all of them at once. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    void requireBetween(long value, long min, long max, String field) {
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max + ", but was " + value);
        }
    }

    void requireAtLeast(long value, long min, String field) {
        if (value < min) {
            add(field, "must be " + min + " or more, but was " + value);
        }
    }

    void requireText(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters, but has " + value.length());
        }
    }

    List<Violation> toList() {
        return List.copyOf(found);
    }
}
