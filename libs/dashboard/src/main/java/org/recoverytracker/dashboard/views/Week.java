package org.recoverytracker.dashboard.views;

import java.time.LocalDate;

/**
 * One week of a weekly series: the week's Monday and the figures of the events that happened in it.
 *
 * @param provisional true while partners may still report or correct the week's events, as the
 *     views decide it (the Views API's {@code provisional} field); the page marks such weeks and
 *     the downloads say so, so that nobody takes a recent week's figures as final
 */
public record Week(LocalDate weekStart, Figures figures, boolean provisional) {}
