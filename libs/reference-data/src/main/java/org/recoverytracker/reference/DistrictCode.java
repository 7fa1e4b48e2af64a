package org.recoverytracker.reference;

import java.time.LocalDate;

/**
 * One local authority district code as the ONS code history has it: when it was live and, once it
 * has ended, the district that holds its area today.
 *
 * @param validFrom the first day the code was live; {@link #GSS_START} for a code that existed
 *                  when GSS codes began
 * @param validTo the last day the code was live, or null for a current district
 * @param successor the code of the current district that holds its area today, or null for a
 *                  current district
 */
public record DistrictCode(String code, String name, LocalDate validFrom, LocalDate validTo, String successor) {

    /**
     * The day GSS codes began. The code history starts every code that existed then on this day,
     * which is when the code started, not when the council was created: the codes before it were
     * of another shape, so a code starting on this day also stands for its district earlier.
     */
    public static final LocalDate GSS_START = LocalDate.of(2009, 1, 1);

    public boolean isCurrent() {
        return validTo == null;
    }

    /** True when an event dated {@code date} may name this code. */
    public boolean isLiveOn(LocalDate date) {
        return !startsAfter(date) && (validTo == null || !date.isAfter(validTo));
    }

    /** True when the code began after {@code date} (never for a code that existed when GSS codes began). */
    public boolean startsAfter(LocalDate date) {
        return !validFrom.equals(GSS_START) && date.isBefore(validFrom);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
