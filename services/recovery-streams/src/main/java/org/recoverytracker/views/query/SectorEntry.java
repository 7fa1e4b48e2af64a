package org.recoverytracker.views.query;

import org.recoverytracker.views.topology.Measures;

/**
 * One place × sector view as stored, for moving views between instances and summing them.
 *
 * @param lastUpdated epoch millis of its last change
 */
public record SectorEntry(String place, String sector, Measures measures, long lastUpdated) {}
