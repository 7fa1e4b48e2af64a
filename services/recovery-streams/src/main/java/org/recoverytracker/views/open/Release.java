package org.recoverytracker.views.open;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A release of the open views: a snapshot of every open figure, cut at one moment and never
 * changed after. Open figures are read from releases only, so polling can't isolate one event
 * (rule 7); it is known by its day, not by the moment it was cut.
 *
 * @param id {@code YYYY-MM-DD-N}: the day and the release's number that day, from 1
 * @param scheduled whether it is the day's scheduled release, or one cut on request
 * @param figures how many figures (places, sectors, weeks, regions, the UK) it holds
 */
public record Release(String id, LocalDate date, int sequence, boolean scheduled, long figures) {

    /** Oldest first. */
    public static final Comparator<Release> IN_ORDER =
            Comparator.comparing(Release::date).thenComparingInt(Release::sequence);

    static String idOf(LocalDate date, int sequence) {
        return date + "-" + sequence;
    }

    /** Whether a text could be a release's id at all (a malformed one is a 400, an unknown one a 404). */
    public static boolean isWellFormedId(String id) {
        return id != null && id.length() <= 20 && id.matches("\\d{4}-\\d{2}-\\d{2}-\\d{1,6}");
    }
}
