package org.recoverytracker.referenceservice.baselines;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recoverytracker.reference.DistrictHistory;
import org.recoverytracker.reference.DistrictOnDate;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.rules.SectorRule;
import org.recoverytracker.rules.Violation;

/**
 * The rules of a baseline: a named dataset, a year, a district code live in that year (a 2019
 * baseline uses 2019 codes; it counts in the district's successor today), a sector, a count that
 * is not negative and a source with a title.
 */
final class BaselineRules {

    private static final Pattern DATASET = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** More people than work in the UK (about 33 million): a bigger count is a mistake. */
    static final long MAX_VALUE = 100_000_000L;

    static final int MAX_TEXT_LENGTH = 200;

    static final int MAX_URL_LENGTH = 2_000;

    private static final DistrictHistory HISTORY = ReferenceData.uk().districtHistory();

    private BaselineRules() {}

    static List<Violation> check(BaselineRequest baseline, LocalDate today) {
        final List<Violation> violations = new ArrayList<>();
        if (baseline.dataset() == null) {
            violations.add(new Violation("dataset", "is required, e.g. BRES"));
        } else if (!DATASET.matcher(baseline.dataset()).matches()) {
            violations.add(
                    new Violation("dataset", "must be 1 to 32 characters of A-Z, a-z, 0-9, '_' or '-', like BRES"));
        }
        if (baseline.variable() == null) {
            violations.add(new Violation("variable", "is required: EMPLOYEES or EMPLOYMENT"));
        }
        if (baseline.status() == null) {
            violations.add(new Violation("status", "is required: PROVISIONAL, REVISED or FINAL"));
        }
        if (baseline.value() == null) {
            violations.add(new Violation("value", "is required"));
        } else if (baseline.value() < 0 || baseline.value() > MAX_VALUE) {
            violations.add(
                    new Violation("value", "must be between 0 and " + MAX_VALUE + ", but was " + baseline.value()));
        }
        final Integer year = checkPeriod(baseline.period(), today, violations);
        if (year != null) {
            checkPlace(baseline.place(), year, violations);
        }
        violations.addAll(SectorRule.check(baseline.sicCode(), baseline.sector()));
        checkSource(baseline.source(), today, violations);
        return violations;
    }

    private static Integer checkPeriod(String period, LocalDate today, List<Violation> violations) {
        if (period == null) {
            violations.add(new Violation("period", "is required: a year, like 2019"));
            return null;
        }
        if (!YEAR.matcher(period).matches() || Integer.parseInt(period) > today.getYear()) {
            violations.add(new Violation(
                    "period",
                    "must be a year from 1900 to " + today.getYear() + ", like 2019, but was '" + period + "'"));
            return null;
        }
        return Integer.parseInt(period);
    }

    /** A code live on any day of the year will do: BRES for a year uses that year's codes. */
    private static void checkPlace(String place, int year, List<Violation> violations) {
        if (place == null) {
            violations.add(new Violation("place", "is required"));
            return;
        }
        final DistrictOnDate atEnd = HISTORY.on(place, LocalDate.of(year, 12, 31));
        if (atEnd.isLive() || HISTORY.on(place, LocalDate.of(year, 1, 1)).isLive()) {
            return;
        }
        violations.add(new Violation(
                "place",
                atEnd.refusal()
                        .map(why -> why + " (a " + year + " baseline uses a code live in " + year + ")")
                        .orElse("must be the ONS GSS code of a UK local authority district live in " + year
                                + ", like E09000018, but was '" + place + "'")));
    }

    private static void checkSource(BaselineRequest.Source source, LocalDate today, List<Violation> violations) {
        if (source == null) {
            violations.add(new Violation("source", "is required: at least its title"));
            return;
        }
        if (source.title() == null || source.title().isBlank()) {
            violations.add(new Violation("source.title", "is required"));
        } else if (source.title().length() > MAX_TEXT_LENGTH) {
            violations.add(new Violation("source.title", "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        if (source.licence() != null && source.licence().length() > MAX_TEXT_LENGTH) {
            violations.add(new Violation("source.licence", "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        if (source.url() != null && !isWebAddress(source.url())) {
            violations.add(new Violation(
                    "source.url", "must be an http or https address of at most " + MAX_URL_LENGTH + " characters"));
        }
        if (source.retrievedOn() != null && source.retrievedOn().isAfter(today)) {
            violations.add(new Violation("source.retrievedOn", "is " + source.retrievedOn() + ", in the future"));
        }
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            final URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
