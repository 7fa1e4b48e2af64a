package org.recoverytracker.dashboard.views;

import java.time.LocalDate;

/**
 * A release of the open figures, as the page names it: by its id and its day, never by the moment
 * it was cut (the open views publish days, not times).
 *
 * @param id {@code YYYY-MM-DD-N}, as {@code /open/v1/releases} lists it
 */
public record FiguresRelease(String id, LocalDate date) {}
