package org.recoverytracker.views.topology;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The instant from which a task's history ({@link ViewStores#VIEW_HISTORY}) holds every change of
 * its views. An as-of question about an earlier instant can't be answered from it, and is refused
 * rather than answered with what the history lacks (the contract's "before the retained history").
 *
 * <p>Set when a task first runs with a history. If its views are empty then (a new deployment, or
 * views rebuilt from the topics after a reset), the history will hold every change there is: it
 * starts at the task's first start, and moves back to the time of any older change the task is
 * still to process (a backlog appended before the views ran, a replay), so that a rebuild keeps
 * every as-of answer. If the views already have figures (an upgrade from a release that kept no
 * history, or no marker), their earlier changes are missing: the history starts at the task's first
 * start, or at its oldest change if an earlier release kept some, and never moves.
 */
final class RetainedHistory {

    /** Epoch millis: the history holds every change made at or after it. */
    static final String SINCE = "since";
    /** 1 when the history began with empty views (so it may move back), 0 when it began with figures. */
    static final String FROM_EMPTY_VIEWS = "fromEmptyViews";

    private final KeyValueStore<String, Long> store;
    private final boolean fromEmptyViews;
    private long since;
    private boolean written;

    private RetainedHistory(KeyValueStore<String, Long> store, long since, boolean fromEmptyViews, boolean written) {
        this.store = store;
        this.since = since;
        this.fromEmptyViews = fromEmptyViews;
        this.written = written;
    }

    /**
     * The task's retained history as its store has it or, the first time, as {@code history} and
     * {@code weeks} show it when the task starts at {@code startedAt}; then it is written at the
     * first {@link #changed} or {@link #writeIfNew} (a store can only be written while a record or
     * a punctuation is processed).
     */
    static RetainedHistory open(
            KeyValueStore<String, Long> store,
            KeyValueStore<String, Revision> history,
            KeyValueStore<String, WeekView> weeks,
            long startedAt) {
        final Long since = store.get(SINCE);
        if (since != null) {
            return new RetainedHistory(store, since, Long.valueOf(1).equals(store.get(FROM_EMPTY_VIEWS)), true);
        }
        return new RetainedHistory(store, Math.min(startedAt, oldestChange(history)), isEmpty(weeks), false);
    }

    /** A change made at {@code changedAt} is being added to the history. */
    void changed(long changedAt) {
        writeIfNew();
        if (fromEmptyViews && changedAt < since) {
            since = changedAt;
            store.put(SINCE, since);
        }
    }

    /** Writes the start of the history if the store does not have it yet. */
    void writeIfNew() {
        if (!written) {
            store.put(SINCE, since);
            store.put(FROM_EMPTY_VIEWS, fromEmptyViews ? 1L : 0L);
            written = true;
        }
    }

    boolean isWritten() {
        return written;
    }

    /** Read once, when a task first runs with this marker: every change's time is in its key. */
    private static long oldestChange(KeyValueStore<String, Revision> history) {
        long oldest = Long.MAX_VALUE;
        try (KeyValueIterator<String, Revision> changes = history.all()) {
            while (changes.hasNext()) {
                oldest = Math.min(oldest, ViewStores.historyChangedAt(changes.next().key));
            }
        }
        return oldest;
    }

    private static boolean isEmpty(KeyValueStore<String, WeekView> weeks) {
        try (KeyValueIterator<String, WeekView> any = weeks.all()) {
            return !any.hasNext();
        }
    }
}
