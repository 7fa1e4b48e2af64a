package org.recoverytracker.dashboard.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Views for the dashboard's tests, with the figures the Views API answers for them: Hounslow's air
 * transport job losses and a grant, Bradford's green jobs, London, the UK, and Hounslow's weeks (the
 * later one still provisional); and where Hounslow's transport figure comes from, over every week
 * and in the week of 13 April 2020.
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

    /**
     * Hounslow's transport job losses: one from the council, one from the national observatory, in
     * two schema versions, received on either side of the clocks going forward (GMT, then BST).
     */
    public static final FigureProvenance HOUNSLOW_TRANSPORT_PROVENANCE = new FigureProvenance(
            HOUNSLOW.sectors().get(0).figures(),
            2,
            List.of(
                    new FigureProvenance.PartnerEvents("hounslow-council", "job-loss", 1),
                    new FigureProvenance.PartnerEvents("uk-recovery-observatory", "job-loss", 1)),
            List.of(
                    new FigureProvenance.SchemaVersion("org.recoverytracker.events.JobLossEvent", 1),
                    new FigureProvenance.SchemaVersion("org.recoverytracker.events.JobLossEvent", 2)),
            Instant.parse("2020-03-27T09:15:02Z"),
            Instant.parse("2020-04-15T16:05:30Z"),
            "sha256:5f0c3a1e9b7d2c4f6a8e0b1d3c5e7f9a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e");

    /** The week of both of Hounslow's transport job losses, whose figure is the sector's, from the same events. */
    public static final LocalDate TRANSPORT_WEEK = LocalDate.parse("2020-04-13");

    /** Hounslow and Hillingdon in an area Hounslow's council defined: Hillingdon's figures are Bradford's here. */
    public static final AreaFigures HEATHROW_ZONE = new AreaFigures(
            "heathrow-zone",
            "Heathrow zone",
            new Figures(300, 1200, 25, 52, 40, 2500050, 120000000, -1148, 4),
            List.of(
                    HOUNSLOW.sectors().get(0),
                    new AreaFigures.Sector("F", "Construction", new Figures(0, 0, 0, 40, 40, 0, 120000000, 40, 1)),
                    HOUNSLOW.sectors().get(1)));

    /** The zone's members: Hounslow always, Hillingdon until the end of 2021. */
    public static final PublicArea HEATHROW_ZONE_DEFINITION = new PublicArea(
            "heathrow-zone",
            "Heathrow zone",
            "hounslow-council",
            List.of(
                    new PublicArea.Member("E09000018", "Hounslow", null, null),
                    new PublicArea.Member(
                            "E09000017", "Hillingdon", LocalDate.parse("2020-04-01"), LocalDate.parse("2021-12-31"))));

    /** The illustrative baseline's source, as the demo feed titles it. */
    public static final String ILLUSTRATIVE = "BRES 2019 employees: illustrative, not ONS data";

    /**
     * Hounslow against 30,000 employees: 1,200 jobs lost are 40.0 per thousand, 300 at risk 1%,
     * the net change of -1,188 is -3.96% and leaves the index at 96.04.
     */
    public static final BaselineIndex HOUNSLOW_AGAINST_BASELINE = new BaselineIndex(
            "BRES", "EMPLOYEES", "2019", 30_000L, 1.0, List.of(ILLUSTRATIVE), 40.0, 1.0, -3.96, 96.04, null);

    /** London, where only Hounslow (1 of 33 districts) has a baseline. */
    public static final BaselineIndex LONDON_AGAINST_BASELINE = new BaselineIndex(
            "BRES", "EMPLOYEES", "2019", 30_000L, 0.0303, List.of(ILLUSTRATIVE), 160.0, 1.0, -15.96, 84.04, null);

    private SampleViews() {}

    /** The default baseline, where there is none. */
    public static BaselineIndex noBaseline() {
        return new BaselineIndex(
                "BRES", "EMPLOYEES", "2019", null, 0.0, List.of(), null, null, null, null, BaselineIndex.NO_BASELINE);
    }

    /** Hounslow, Bradford, London and the UK, live, with where Hounslow's transport figure comes from. */
    public static void hounslowLive(InMemoryRecoveryViews views) {
        views.place(HOUNSLOW, HOUNSLOW_WEEKS)
                .place(BRADFORD, BRADFORD_WEEKS)
                .region(LONDON, HOUNSLOW_WEEKS)
                .uk(UK, HOUNSLOW_WEEKS)
                .provenance(HOUNSLOW.code(), "H", null, HOUNSLOW_TRANSPORT_PROVENANCE)
                .provenance(HOUNSLOW.code(), "H", TRANSPORT_WEEK, HOUNSLOW_TRANSPORT_PROVENANCE);
    }
}
