package org.recoverytracker.views.topology;

import org.recoverytracker.schemas.EventKind;

/**
 * One version of one event identity: what a revision names as its cause and a drill-down row as
 * its subject.
 *
 * @param version 1 for the first version of the identity, then +1 per correction (a retraction is
 *                a version too); 0 while it is still being worked out
 */
public record EventRef(EventKind kind, String partner, String eventId, int version) {

    EventRef withVersion(int newVersion) {
        return new EventRef(kind, partner, eventId, newVersion);
    }

    /** The line of this event in a figure's digest, less its value's hash: {@code partner/kind/eventId}. */
    public String identity() {
        return partner + "/" + kind.id() + "/" + eventId;
    }
}
