package org.recoverytracker.dashboard.views;

import java.time.LocalDate;

/** One week of a weekly series: the week's Monday and the figures of the events that happened in it. */
public record Week(LocalDate weekStart, Figures figures) {}
