package org.recoverytracker.views.query;

import org.recoverytracker.views.topology.Measures;

/** The totals of one sector in one region, as one task holds them, for summing between instances. */
public record RegionSectorEntry(String region, String sector, Measures measures) {}
