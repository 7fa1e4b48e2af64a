package org.recoverytracker.views.areas;

import org.recoverytracker.views.topology.Measures;

/** The totals of one sector of an area, as one instance holds them, for summing between instances. */
public record AreaSectorEntry(String sector, Measures measures) {}
