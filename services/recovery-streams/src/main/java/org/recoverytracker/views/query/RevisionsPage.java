package org.recoverytracker.views.query;

import java.util.List;

/**
 * A page of revisions, newest first.
 *
 * @param nextCursor where the next page starts, or null after the last
 */
public record RevisionsPage(List<RevisionEntry> revisions, String nextCursor) {

    /** The first {@code limit} of a listing read with one more than that, so that it is known whether more follow. */
    static RevisionsPage of(List<RevisionEntry> newestFirst, int limit) {
        if (newestFirst.size() <= limit) {
            return new RevisionsPage(newestFirst, null);
        }
        final List<RevisionEntry> page = newestFirst.subList(0, limit);
        return new RevisionsPage(
                List.copyOf(page), Cursor.encode(page.get(limit - 1).position()));
    }
}
