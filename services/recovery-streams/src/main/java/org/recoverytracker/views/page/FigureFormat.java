package org.recoverytracker.views.page;

import java.util.Locale;

/**
 * How figures are written on the page, en-GB: thousands separators, money in pounds from the
 * API's pence, an explicit sign on changes. {@code dashboard.js} writes live updates with exactly
 * the same rules ({@code show} and {@code share} there), so a figure reads the same whether the
 * server or the browser wrote it.
 */
final class FigureFormat {

    /** How a measure is written. */
    enum Style {
        /** 1,200 */
        COUNT,
        /** +42, -858, 0 */
        SIGNED,
        /** £65,000 or £1,234.50, from pence */
        MONEY
    }

    private FigureFormat() {
    }

    static String show(Measure measure, long value) {
        return show(measure.style(), value);
    }

    static String show(Style style, long value) {
        return switch (style) {
            case COUNT -> count(value);
            case SIGNED -> value > 0 ? "+" + count(value) : count(value);
            case MONEY -> pounds(value);
        };
    }

    /** A whole number with thousands separators: 1,200. */
    static String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /** Pence as pounds: £65,000, with pence only when there are some: £1,234.50. */
    static String pounds(long pence) {
        final String sign = pence < 0 ? "-" : "";
        final long abs = Math.abs(pence);
        final long rest = abs % 100;
        return sign + "£" + count(abs / 100) + (rest == 0 ? "" : String.format(Locale.UK, ".%02d", rest));
    }

    /**
     * What part of a whole a figure is, in whole per cent: "45%", "less than 1%"; a dash when
     * there is no whole to take a share of.
     */
    static String share(long part, long whole) {
        if (whole <= 0 || part < 0) {
            return "–";
        }
        final long percent = Math.round(100.0 * part / whole);
        return percent == 0 && part > 0 ? "less than 1%" : percent + "%";
    }
}
