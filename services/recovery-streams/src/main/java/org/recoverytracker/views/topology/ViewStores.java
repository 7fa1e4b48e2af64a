package org.recoverytracker.views.topology;

import java.time.LocalDate;
import org.recoverytracker.schemas.ViewsApi;

/**
 * Names of the state stores and internal topics, and the layout of their keys. The query layer
 * reads the stores by these names, so renaming one orphans its state: names are part of the
 * deployed state, like a database table's.
 */
public final class ViewStores {

    /** Application id: prefixes every internal topic and the consumer group. */
    public static final String APPLICATION_ID = ViewsApi.APPLICATION_ID;

    /**
     * Per event identity ({@code kind|partner/eventId}): the cell its current version counts in, what
     * it counts and its version ({@link TrackedEvent}; whole contributions before format 4).
     */
    public static final String EVENT_CONTRIBUTIONS = "recovery-event-contributions";

    /**
     * Per {@code place|sector}: running totals and last change. Derived from {@link #SECTOR_WEEKS}
     * of the same task and rebuilt from it when the task starts, so it has no changelog of its own:
     * a changelog record fewer for every event.
     */
    public static final String SECTOR_TOTALS = "recovery-place-sectors";

    /**
     * What {@link #SECTOR_TOTALS} was, with a changelog, before week views carried the time of their
     * last change ({@link WeekView}). No longer written; read when the task starts, for the last
     * change of a sector that has not changed since the upgrade.
     */
    public static final String LEGACY_SECTOR_TOTALS = "recovery-sector-totals";

    /**
     * Per {@code place|sector|weekStart}: the week's totals and last change ({@link WeekView}). A
     * week whose events are all gone stays, without measures, while its sector still has events.
     */
    public static final String SECTOR_WEEKS = "recovery-sector-weeks";

    /**
     * Per {@code place|sector|weekStart|kind|partner/eventId}: each live event behind a week view,
     * as it counts there, with its provenance. Kept by the task of the place, in the same
     * transaction as the views, so the events of a cell always add up to its figure.
     */
    public static final String CELL_EVENTS = "recovery-cell-events";

    /**
     * Per {@code place|changedAt|offset}: every change of a week view of the place, as the revision
     * log has it (and the changes older releases made, without cause). Kept for ever, in the task of
     * the place; as-of questions are answered from it. {@code changedAt} is zero-padded epoch millis
     * so that keys sort by time, and {@code offset} (of the change on the place repartition topic)
     * tells apart changes of the same millisecond.
     */
    public static final String VIEW_HISTORY = "recovery-view-history";

    /**
     * Per task: from when its {@link #VIEW_HISTORY} holds every change ({@link RetainedHistory}),
     * so that an as-of question about an earlier instant is refused rather than answered wrong.
     */
    public static final String RETAINED_HISTORY = "recovery-retained-history";

    /** The key of {@link #RETAINED_HISTORY} whose value is the start of the history, in epoch millis. */
    public static final String RETAINED_SINCE = RetainedHistory.SINCE;

    /**
     * Per {@code region|weekStart}: the week's totals of the places of one task in the region, over
     * all sectors. Derived from {@link #SECTOR_WEEKS} of the same task and rebuilt from it when the
     * task starts, so it has no changelog of its own.
     */
    public static final String REGION_WEEKS = "recovery-region-weeks";

    /**
     * Per {@code region|sector}: the totals of the places of one task in the region. Derived from
     * {@link #SECTOR_TOTALS} of the same task like {@link #REGION_WEEKS} from the sector weeks.
     */
    public static final String REGION_SECTORS = "recovery-region-sectors";

    /** The repartition topic that brings every change of a place to the task that owns the place. */
    public static final String PLACE_DELTAS = "recovery-place-deltas";

    static final char SEPARATOR = '|';

    /** Digits of {@link Long#MAX_VALUE}: a number padded to this many sorts as text as it does as a number. */
    private static final int SORTABLE_DIGITS = 19;

    private ViewStores() {}

    /**
     * The full name of the place repartition topic, as Kafka Streams names it: the application id,
     * the name given in the topology and {@code -repartition}. Its partitions are the place views'.
     */
    public static String placeDeltasTopic(String applicationId) {
        return applicationId + "-" + PLACE_DELTAS + "-repartition";
    }

    static String identityKey(String kindId, String eventKey) {
        return kindId + SEPARATOR + eventKey;
    }

    public static String sectorKey(String place, String sector) {
        return place + SEPARATOR + sector;
    }

    public static String weekKey(String place, String sector, LocalDate weekStart) {
        return sectorKey(place, sector) + SEPARATOR + weekStart;
    }

    public static String cellEventKey(String place, String sector, LocalDate weekStart, EventRef event) {
        return weekKey(place, sector, weekStart)
                + SEPARATOR
                + event.kind().id()
                + SEPARATOR
                + event.partner()
                + '/'
                + event.eventId();
    }

    /** The prefix of every key of a place × sector (and, when not null, week) in the cell events. */
    public static String cellPrefix(String place, String sector, LocalDate weekStart) {
        return (weekStart == null ? sectorKey(place, sector) : weekKey(place, sector, weekStart)) + SEPARATOR;
    }

    public static String historyKey(String place, long changedAt, long offset) {
        final StringBuilder key =
                new StringBuilder(place.length() + 2 + 2 * SORTABLE_DIGITS).append(placePrefix(place));
        appendSortable(key, changedAt);
        return appendSortable(key.append(SEPARATOR), offset).toString();
    }

    /** The {@code changedAt} of a {@link #historyKey}. */
    static long historyChangedAt(String historyKey) {
        final int from = historyKey.indexOf(SEPARATOR) + 1;
        return Long.parseLong(historyKey, from, from + SORTABLE_DIGITS, 10);
    }

    /** The first key after every change of a place made at or before {@code changedAt}. */
    public static String historyEnd(String place, long changedAt) {
        return appendSortable(new StringBuilder(placePrefix(place)), changedAt)
                .append((char) (SEPARATOR + 1))
                .toString();
    }

    /**
     * Appends a non-negative number zero-padded to 19 digits, so that keys sort by it. Every change
     * writes a history key: {@code String.format} was 13% of the view updater's time in a profile.
     */
    private static StringBuilder appendSortable(StringBuilder key, long value) {
        final String digits = Long.toString(value);
        for (int pad = SORTABLE_DIGITS - digits.length(); pad > 0; pad--) {
            key.append('0');
        }
        return key.append(digits);
    }

    public static String regionSectorKey(String region, String sector) {
        return region + SEPARATOR + sector;
    }

    public static String regionWeekKey(String region, LocalDate weekStart) {
        return region + SEPARATOR + weekStart;
    }

    /** The first key after every key that starts with the prefix (the prefix ends with a separator). */
    public static String prefixEnd(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }

    /** The prefix of every key of a place in either view store. */
    public static String placePrefix(String place) {
        return place + SEPARATOR;
    }

    /** {place, sector}, {place, sector, weekStart}, {region, sector} or {region, weekStart} of a view store key. */
    public static String[] parts(String key) {
        return key.split("\\" + SEPARATOR);
    }
}
