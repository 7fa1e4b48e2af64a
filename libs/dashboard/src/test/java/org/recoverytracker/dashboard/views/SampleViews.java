package org.recoverytracker.dashboard.views;

import java.time.LocalDate;
import java.util.List;

/**
 * Views for the dashboard's tests, with the figures the Views API answers for them: Hounslow's air
 * transport job losses and a grant, Bradford's green jobs, London, the UK, and Hounslow's weeks (the
 * later one still provisional).
 */
public final class SampleViews {

    public static final AreaFigures HOUNSLOW = new AreaFigures(
            "E09000018",
            "Hounslow",
            new Figures(300, 1200, 25, 12, 0, 2500050, 0, -1188, 3),
            List.of(
                    new AreaFigures.Sector(
                            "H", "Transportation and storage", new Figures(300, 1200, 0, 0, 0, 0, 0, -1200, 2)),
                    new AreaFigures.Sector(
                            "I",
                            "Accommodation and food service activities",
                            new Figures(0, 0, 25, 12, 0, 2500050, 0, 12, 1))));

    /** A final week, then one the views still call provisional: the page must tell them apart. */
    public static final List<Week> HOUNSLOW_WEEKS = List.of(
            new Week(LocalDate.parse("2020-04-13"), new Figures(300, 1200, 0, 0, 0, 0, 0, -1200, 2), false),
            new Week(LocalDate.parse("2020-09-07"), new Figures(0, 0, 25, 12, 0, 2500050, 0, 12, 1), true));

    public static final AreaFigures BRADFORD = new AreaFigures(
            "E08000032",
            "Bradford",
            new Figures(0, 0, 0, 40, 40, 0, 120000000, 40, 1),
            List.of(new AreaFigures.Sector("F", "Construction", new Figures(0, 0, 0, 40, 40, 0, 120000000, 40, 1))));

    public static final List<Week> BRADFORD_WEEKS =
            List.of(new Week(LocalDate.parse("2022-09-05"), new Figures(0, 0, 0, 40, 40, 0, 120000000, 40, 1), false));

    public static final AreaFigures LONDON =
            new AreaFigures("TLI", "London", new Figures(300, 4800, 25, 12, 0, 2500050, 0, -4788, 5), List.of());

    public static final AreaFigures UK = new AreaFigures(
            AreaFigures.UK_CODE,
            AreaFigures.UK_NAME,
            new Figures(300, 4800, 63, 54, 40, 9000050, 120000000, -4746, 8),
            List.of(new AreaFigures.Sector("F", "Construction", new Figures(0, 0, 0, 40, 40, 0, 120000000, 40, 1))));

    private SampleViews() {}

    /** Hounslow, Bradford, London and the UK, live. */
    public static void hounslowLive(InMemoryRecoveryViews views) {
        views.place(HOUNSLOW, HOUNSLOW_WEEKS)
                .place(BRADFORD, BRADFORD_WEEKS)
                .region(LONDON, HOUNSLOW_WEEKS)
                .uk(UK, HOUNSLOW_WEEKS);
    }
}
