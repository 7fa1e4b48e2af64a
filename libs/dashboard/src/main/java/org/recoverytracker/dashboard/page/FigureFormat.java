package org.recoverytracker.dashboard.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.Measure;
import org.recoverytracker.disclosure.Flag;

/**
 * How figures are written on the page, en-GB: thousands separators, money in pounds from the
 * views' pence, an explicit sign on changes, shares in whole per cent, weeks by their Monday,
 * moments in UK time. The
 * one place that writes a figure as text: the whole page and the fragments its script swaps in
 * are rendered with it, so a figure reads the same wherever it is shown. The templates call it as
 * {@code format} (its methods are public for Spring's expression language).
 */
final class FigureFormat {

    static final FigureFormat EN_GB = new FigureFormat();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CHART_WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** UK time, GMT or BST as the clocks in the UK read then: a reader compares it with their own records. */
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private static final Map<String, String> FLAGS =
            Arrays.stream(Flag.values()).collect(Collectors.toUnmodifiableMap(Flag::symbol, Flag::meaning));

    private FigureFormat() {}

    /**
     * A measure of a view as the page writes it. An open figure that is not published says why in
     * words, with its GSS symbol in square brackets as GSS tables write them: "Confidential [c]",
     * "Low [k]" (not zero, but rounds to 0); a published one carries its symbols after it: "100 [p]".
     */
    public String figure(Figures figures, Measure measure) {
        final Long value = figures.of(measure);
        final List<String> symbols = figures.flagsOf(measure);
        if (value == null) {
            return (symbols.contains(Flag.CONFIDENTIAL.symbol()) ? "Confidential" : "Not published") + marks(symbols);
        }
        if (symbols.contains(Flag.LOW.symbol())) {
            return "Low" + marks(symbols);
        }
        return show(measure, value) + marks(symbols);
    }

    /**
     * What a figure's GSS symbols mean, for the cell's tooltip: "held back: the value last
     * published, …"; null when it has none (every exact figure), so that the cell has no tooltip.
     */
    public String flagMeaning(Figures figures, Measure measure) {
        final List<String> symbols = figures.flagsOf(measure);
        return symbols.isEmpty()
                ? null
                : symbols.stream()
                        .map(symbol -> FLAGS.getOrDefault(symbol, symbol))
                        .collect(Collectors.joining("; "));
    }

    /** A measure's GSS symbols as the page's cells carry them ({@code data-flags}), "c p"; null without. */
    public String flags(Figures figures, Measure measure) {
        final List<String> symbols = figures.flagsOf(measure);
        return symbols.isEmpty() ? null : String.join(" ", symbols);
    }

    /** A measure of an area as a share of the same measure of a larger area; a dash when either is not published. */
    public String share(Figures part, Figures whole, Measure measure) {
        final Long partValue = part.of(measure);
        final Long wholeValue = whole.of(measure);
        return partValue == null || wholeValue == null ? "–" : share(partValue, wholeValue);
    }

    private static String marks(List<String> symbols) {
        return symbols.isEmpty() ? "" : " [" + String.join(", ", symbols) + "]";
    }

    /** A week as the tables write it, "13 April 2020" (full month names read the same everywhere). */
    public String week(LocalDate weekStart) {
        return day(weekStart);
    }

    /** A day as the tables write it, "1 April 2023". */
    public String day(LocalDate day) {
        return day.format(DAY);
    }

    /** A whole number as the tables write it: 1,200. */
    public String number(long value) {
        return count(value);
    }

    /** A moment in UK time, as the tables write days and the page writes times: "15 April 2020 at 17:05:30". */
    public String moment(Instant at) {
        return MOMENT.format(at);
    }

    /**
     * A figure set against a baseline, to one decimal place: jobs per thousand or the index
     * ("40.0", "96.0"); a dash when there is none (no baseline to set it against).
     */
    public String rate(Double value) {
        return value == null ? "–" : oneDecimal(value);
    }

    /** A percentage of a baseline, to one decimal place: "4.0%"; a dash when there is none. */
    public String percent(Double value) {
        return value == null ? "–" : oneDecimal(value) + "%";
    }

    /** A change as a percentage of a baseline, with its sign: "+0.3%", "-3.9%", "0.0%"; a dash when there is none. */
    public String signedPercent(Double value) {
        if (value == null) {
            return "–";
        }
        final String decimal = oneDecimal(value);
        return (value > 0 && !decimal.equals("0.0") ? "+" : "") + decimal + "%";
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share of an area's districts, in whole per cent as shares are written: "100%", "3%", "less than 1%". */
    public String coverage(double share) {
        return share(Math.round(share * 10_000), 10_000);
    }

    /** A week as the chart's axis writes it, "13 Apr 2020". */
    String chartWeek(LocalDate weekStart) {
        return weekStart.format(CHART_WEEK);
    }

    /** A number of days as a reader counts them: "3 weeks" when it is whole weeks, else "10 days". */
    String period(int days) {
        if (days > 0 && days % 7 == 0) {
            return plural(days / 7, "week");
        }
        return plural(days, "day");
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    static String show(Measure measure, long value) {
        return switch (measure.style()) {
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
