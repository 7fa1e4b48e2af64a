package org.recoverytracker.views.query;

import java.time.LocalDate;
import org.recoverytracker.views.topology.Measures;

/** One place × sector × week view: the finest grain the views keep, from which every other is summed. */
public record WeekCell(String place, String sector, LocalDate weekStart, Measures measures) {}
