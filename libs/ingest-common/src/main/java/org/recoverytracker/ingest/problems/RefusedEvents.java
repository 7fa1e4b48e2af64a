package org.recoverytracker.ingest.problems;

/** A refusal of a request that carried events, none of which was published. */
public interface RefusedEvents {

    /** How many events the refused request carried, for the rejected-events metric. */
    int eventCount();
}
