package org.recoverytracker.views.baselines;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoverytracker.reference.records.BaselineVariable;

/**
 * Which baseline a figure is set against, as {@code ?baseline=DATASET:VARIABLE:PERIOD}, e.g.
 * {@code BRES:EMPLOYEES:2019}.
 */
public record BaselineChoice(String dataset, BaselineVariable variable, String period) {

    /** What an index is set against when the question doesn't say. */
    public static final String DEFAULT = "BRES:EMPLOYEES:2019";

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9_-]{1,32}):([A-Za-z]{1,16}):((19|20)\\d\\d)");

    /**
     * @throws IllegalArgumentException saying what a baseline looks like, when it is not one
     */
    public static BaselineChoice parse(String text) {
        final Matcher matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "baseline must be DATASET:VARIABLE:YEAR, like " + DEFAULT + ", but was '" + text + "'");
        }
        final String variable = matcher.group(2).toUpperCase(Locale.ROOT);
        try {
            return new BaselineChoice(matcher.group(1), BaselineVariable.valueOf(variable), matcher.group(3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "baseline's variable must be EMPLOYEES or EMPLOYMENT, but was '" + matcher.group(2) + "'", e);
        }
    }

    @Override
    public String toString() {
        return dataset + ":" + variable + ":" + period;
    }
}
