package org.recoverytracker.views.topology;

/**
 * The running totals of one place × sector, with the time of its last change (epoch millis).
 */
public record SectorView(Measures measures, long lastUpdated) {

    static final SectorView NONE = new SectorView(Measures.NONE, 0);

    SectorView apply(CellDelta delta) {
        return new SectorView(measures.plus(delta.change()), Math.max(lastUpdated, delta.changedAt()));
    }

    /** Both views' totals, changed last when the later of them was. */
    SectorView plus(SectorView other) {
        return new SectorView(measures.plus(other.measures), Math.max(lastUpdated, other.lastUpdated));
    }
}
