package org.recoverytracker.dashboard.views;

import java.time.LocalDate;

/** Which weeks of a series: those starting between {@code from} and {@code to}, both inclusive and optional. */
public record WeekRange(LocalDate from, LocalDate to) {

    public static final WeekRange ALL = new WeekRange(null, null);
}
