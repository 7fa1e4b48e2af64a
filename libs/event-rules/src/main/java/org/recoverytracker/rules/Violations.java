package org.recoverytracker.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one event, so a partner learns of all of them at once. */
final class Violations {

    /**
     * The largest amount one event may carry: £100 billion, more than any single UK grant, loan or
     * investment (the whole furlough scheme cost about £70 billion). It keeps the views' sums,
     * 64-bit pence, from overflowing: that would take over 900,000 such events in one view.
     */
    static final long MAX_AMOUNT_PENCE = 10_000_000_000_000L;

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    void requireBetween(long value, long min, long max, String field) {
        if (value < min || value > max) {
            add(field, "must be " + between(min, max) + ", but was " + value);
        }
    }

    void requireAtLeast(long value, long min, String field) {
        if (value < min) {
            add(field, "must be " + atLeast(min) + ", but was " + value);
        }
    }

    /** An amount of money in pence: not negative, and at most {@link #MAX_AMOUNT_PENCE}. */
    void requireAmount(long pence, String field) {
        if (pence < 0) {
            add(field, "must be 0 or more, but was " + pence);
        } else if (pence > MAX_AMOUNT_PENCE) {
            add(field, "must be at most " + MAX_AMOUNT_PENCE + " pence (£100 billion), but was " + pence);
        }
    }

    void requireText(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters, but has " + value.length());
        }
    }

    // What each requirement asks, in the words of its message, for the data dictionary.

    static String between(long min, long max) {
        return "between " + min + " and " + max;
    }

    static String atLeast(long min) {
        return min + " or more";
    }

    static String amount() {
        return "0 or more, at most " + MAX_AMOUNT_PENCE + " pence (£100 billion)";
    }

    static String text(int maxLength) {
        return "not blank, at most " + maxLength + " characters";
    }

    List<Violation> toList() {
        return List.copyOf(found);
    }
}
