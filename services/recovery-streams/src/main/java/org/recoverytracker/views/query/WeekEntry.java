package org.recoverytracker.views.query;

import java.time.LocalDate;
import org.recoverytracker.views.topology.Measures;

/** The totals of one week (starting Monday), for moving weekly series between instances and summing them. */
public record WeekEntry(LocalDate weekStart, Measures measures) {}
