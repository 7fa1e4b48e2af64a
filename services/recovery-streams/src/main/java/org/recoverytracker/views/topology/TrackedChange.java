package org.recoverytracker.views.topology;

/**
 * What the identity tracker makes of an event: a change to one cell of a place's views, or, for an
 * event that would take a sum past what it can hold, a dead letter. Lives only between two
 * processors of one sub-topology, so it is never serialized.
 *
 * @param delta the change, keyed by place; null for a dead letter
 * @param deadLetter the copy of the original value, with the reason in the record's headers
 */
record TrackedChange(CellDelta delta, byte[] deadLetter) {

    static TrackedChange of(CellDelta delta) {
        return new TrackedChange(delta, null);
    }

    static TrackedChange deadLetter(byte[] value) {
        return new TrackedChange(null, value);
    }

    boolean isDeadLetter() {
        return delta == null;
    }
}
