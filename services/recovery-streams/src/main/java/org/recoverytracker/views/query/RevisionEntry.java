package org.recoverytracker.views.query;

import java.util.Comparator;
import org.recoverytracker.views.topology.Revision;
import org.recoverytracker.views.topology.ViewStores;

/**
 * A revision with its key in the history ({@code place|changedAt|offset}), which orders the
 * revisions of every place: newest first, then by place and offset, both descending.
 */
public record RevisionEntry(String key, Revision revision) {

    /** Newest first; among changes of the same millisecond, by place and then offset, descending. */
    public static final Comparator<RevisionEntry> NEWEST_FIRST =
            Comparator.comparing((RevisionEntry entry) -> entry.position()).reversed();

    /** Where the revision is in the listing: {@code changedAt|place|offset}, which sorts as the listing does (reversed). */
    String position() {
        return position(key);
    }

    static String position(String historyKey) {
        final String[] parts = ViewStores.parts(historyKey);
        return parts[1] + "|" + parts[0] + "|" + parts[2];
    }
}
