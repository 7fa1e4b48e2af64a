package org.recoverytracker.views.metrics;

import org.recoverytracker.views.topology.Measures;

/** A sector of a public area, as far as the member places this instance holds make it. */
record AreaView(String area, String name, String sector, Measures measures) {}
