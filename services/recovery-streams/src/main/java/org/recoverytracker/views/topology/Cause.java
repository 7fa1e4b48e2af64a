package org.recoverytracker.views.topology;

/** Why a cell of the views changed, as the revision log says it. */
public enum Cause {
    /** An event counts in the cell for the first time. */
    CREATED,
    /** A new version of an event already counted there, still in the same cell. */
    CORRECTED,
    /** The event was retracted. */
    RETRACTED,
    /** A new version of an event moved it here from another place, sector or week. */
    MOVED_IN,
    /** A new version of an event moved it from here to another place, sector or week. */
    MOVED_OUT
}
