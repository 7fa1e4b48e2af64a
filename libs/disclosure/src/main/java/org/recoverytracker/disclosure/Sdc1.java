package org.recoverytracker.disclosure;

import java.util.List;

/**
 * Profile {@code sdc-1}, the primary rules for one figure (secondary suppression, across a table,
 * is {@link SecondarySuppression}):
 *
 * <ol>
 *   <li>a jobs figure from fewer than {@value #MIN_ORGANISATIONS} organisations is confidential;
 *   <li>otherwise it is rounded with the public BRES rounding bases, relaxed when no contributor
 *       dominates it and strict when one does ({@link Contributions#dominated()}); a figure that is
 *       not zero but rounds to zero is 0, flagged low;
 *   <li>money from fewer than 3 organisations is confidential, otherwise rounded to the nearest
 *       £1,000 (low, as above, when that is 0);
 *   <li>the number of events is rounded to the nearest 5, and 1 or 2 events are confidential;
 *   <li>the net job change is worked out from the exact figures, then rounded, and published only
 *       when both jobs created and jobs lost are.
 * </ol>
 *
 * A figure nobody contributed to is 0 and published: it reveals no one.
 */
public final class Sdc1 {

    /** The profile's name, as the {@code X-SDC-Profile} header and the data dictionary state it. */
    public static final String PROFILE = "sdc-1";

    /**
     * The profile's rules in words, as the data dictionary states them (the contract's "Disclosure-controlled open
     * views"); rules 1–5 are this class, 6 {@link SecondarySuppression}, 7 the releases of the open views.
     */
    public static final List<String> RULES = List.of(
            "1. Jobs measures: a figure with fewer than 3 distinct contributing organisations (company number, else"
                    + " normalised name) is null with flag c.",
            "2. Otherwise it is rounded with the public BRES rounding bases, relaxed when no contributor dominates"
                    + " (total minus the two largest contributions is at least 10% of the largest), strict otherwise:"
                    + " 1-49 to 5 (strict 10), 50-249 to 25 (50), 250-499 to 50 (100), 500-999 to 100 (200),"
                    + " 1,000-2,499 to 250 (500), 2,500-4,999 to 500 (1,000), 5,000+ to 1,000 (2,000). A non-zero"
                    + " figure that rounds to 0 is 0 with flag k.",
            "3. Money: fewer than 3 organisations is c; otherwise rounded to the nearest £1,000.",
            "4. events is rounded to the nearest 5; 1 or 2 is c.",
            "5. netJobChange is computed from exact values, then rounded, and published only when both its inputs"
                    + " are.",
            "6. Secondary suppression: no published total reveals a single suppressed part by subtraction (sectors"
                    + " and weeks within a place, region or the UK; places within a region; regions within the UK).",
            "7. Open figures come from releases (daily, listed at /open/v1/releases); a figure whose change since it"
                    + " was last published comes from fewer than 3 organisations keeps that value, flagged p.",
            "8. No organisation name, company number or event id appears in open views or downloads.");

    /** The fewest organisations a figure may be published from. */
    public static final int MIN_ORGANISATIONS = 3;

    /** £1,000 in pence. */
    static final long MONEY_BASE = 100_000;

    static final long EVENTS_BASE = 5;

    /** The lower bound of each band of figures, and its relaxed and strict rounding bases. */
    private static final long[][] BANDS = {
        {1, 5, 10},
        {50, 25, 50},
        {250, 50, 100},
        {500, 100, 200},
        {1_000, 250, 500},
        {2_500, 500, 1_000},
        {5_000, 1_000, 2_000}
    };

    private Sdc1() {}

    /** A jobs figure: jobs at risk, lost, safeguarded, created, green jobs created. */
    public static OpenFigure jobs(Contributions figure) {
        if (figure.organisations() == 0) {
            return OpenFigure.of(0);
        }
        if (figure.organisations() < MIN_ORGANISATIONS) {
            return OpenFigure.confidential();
        }
        return rounded(figure.total(), base(figure.total(), figure.dominated()));
    }

    /** An amount of money, in pence. */
    public static OpenFigure money(Contributions figure) {
        if (figure.organisations() == 0) {
            return OpenFigure.of(0);
        }
        if (figure.organisations() < MIN_ORGANISATIONS) {
            return OpenFigure.confidential();
        }
        return rounded(figure.total(), MONEY_BASE);
    }

    /** The number of live events. */
    public static OpenFigure events(long events) {
        if (events == 0) {
            return OpenFigure.of(0);
        }
        if (events < MIN_ORGANISATIONS) {
            return OpenFigure.confidential();
        }
        return rounded(events, EVENTS_BASE);
    }

    /**
     * The net job change, jobs created less jobs lost, from the exact figures, rounded with the
     * relaxed base of its size; confidential unless both are published.
     */
    public static OpenFigure netJobChange(
            Contributions created, Contributions lost, OpenFigure createdShown, OpenFigure lostShown) {
        if (!createdShown.published() || !lostShown.published()) {
            return OpenFigure.confidential();
        }
        final long net = created.total() - lost.total();
        if (net == 0) {
            return OpenFigure.of(0);
        }
        return rounded(net, base(net, false));
    }

    /** The rounding base of a figure of this size: the band's relaxed one, or its strict one. */
    static long base(long figure, boolean strict) {
        final long size = Math.abs(figure);
        long[] band = BANDS[0];
        for (long[] candidate : BANDS) {
            if (size >= candidate[0]) {
                band = candidate;
            }
        }
        return strict ? band[2] : band[1];
    }

    /** The figure rounded to the nearest multiple of the base, halves away from zero; low when it rounds to 0. */
    private static OpenFigure rounded(long figure, long base) {
        final long size = Math.abs(figure);
        final long roundedSize = (size + base / 2) / base * base;
        if (roundedSize == 0) {
            return figure == 0 ? OpenFigure.of(0) : OpenFigure.low();
        }
        return OpenFigure.of(figure < 0 ? -roundedSize : roundedSize);
    }
}
