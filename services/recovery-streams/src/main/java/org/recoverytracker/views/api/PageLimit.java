package org.recoverytracker.views.api;

import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;

/** How many items a page of a listing may hold: bounded, so that no request can ask for everything at once. */
final class PageLimit {

    static final int DEFAULT = 100;
    static final int MAX = 1000;

    private PageLimit() {}

    static int check(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new MalformedCodeException("limit must be between 1 and " + MAX + ".");
        }
        return limit;
    }
}
