package org.recoverytracker.views.topology;

/**
 * The running totals of one place × sector, with the time of its last change (epoch millis).
 */
public record SectorView(Measures measures, long lastUpdated) {

    SectorView apply(CellDelta delta) {
        return new SectorView(measures.plus(delta.change()), Math.max(lastUpdated, delta.changedAt()));
    }
}
