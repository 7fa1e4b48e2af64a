package org.recoverytracker.dashboard.views;

import java.util.List;

/**
 * The contract's measures as the page shows them: the API's field name, a plain-English label a
 * council officer understands without training, a short column heading, what it counts, and how
 * it is written. Listed in the order the page shows them: losses first, then what offsets them.
 */
public enum Measure {
    JOBS_LOST("jobsLost", "Jobs lost", "Jobs lost", "Redundancies that employers have confirmed.", Style.COUNT),
    JOBS_AT_RISK(
            "jobsAtRisk",
            "Jobs at risk",
            "At risk",
            "Redundancies that employers have proposed but not yet confirmed.",
            Style.COUNT),
    JOBS_SAFEGUARDED(
            "jobsSafeguarded",
            "Jobs safeguarded",
            "Safeguarded",
            "Jobs kept because a business received support.",
            Style.COUNT),
    JOBS_CREATED(
            "jobsCreated",
            "New jobs",
            "New jobs",
            "Jobs created by businesses that received support, and by green projects.",
            Style.COUNT),
    GREEN_JOBS_CREATED(
            "greenJobsCreated",
            "New green jobs",
            "Green jobs",
            "New jobs in low-carbon activities. These are included in new jobs.",
            Style.COUNT),
    NET_JOB_CHANGE(
            "netJobChange",
            "Net change in jobs",
            "Net change",
            "New jobs minus jobs lost. Jobs at risk are not counted until they are lost.",
            Style.SIGNED),
    SUPPORT_AWARDED(
            "supportAwardedPence",
            "Business support awarded",
            "Support",
            "Grants, loans, equity, advice and training awarded to businesses.",
            Style.MONEY),
    GREEN_INVESTMENT(
            "greenInvestmentPence",
            "Green investment",
            "Green investment",
            "Money invested in low-carbon activities.",
            Style.MONEY),
    EVENTS(
            "events",
            "Reports from partners",
            "Reports",
            "Job losses, business support and green projects that partners have reported and not withdrawn.",
            Style.COUNT);

    /** The measures in the order the Views API and the CSV downloads list them. */
    public static final List<Measure> API_ORDER = List.of(
            JOBS_AT_RISK,
            JOBS_LOST,
            JOBS_SAFEGUARDED,
            JOBS_CREATED,
            GREEN_JOBS_CREATED,
            SUPPORT_AWARDED,
            GREEN_INVESTMENT,
            NET_JOB_CHANGE,
            EVENTS);

    /** The measures of the weekly tables: what the weekly chart shows, the net change and the reports. */
    public static final List<Measure> WEEKLY =
            List.of(JOBS_LOST, JOBS_AT_RISK, JOBS_CREATED, JOBS_SAFEGUARDED, NET_JOB_CHANGE, EVENTS);

    /** The measures of the places table on the overview. */
    public static final List<Measure> PLACES =
            List.of(JOBS_LOST, JOBS_AT_RISK, JOBS_SAFEGUARDED, JOBS_CREATED, NET_JOB_CHANGE, EVENTS);

    /** How a measure is written. */
    public enum Style {
        /** 1,200 */
        COUNT,
        /** +42, -858, 0 */
        SIGNED,
        /** £65,000 or £1,234.50, from pence */
        MONEY
    }

    private final String key;
    private final String label;
    private final String heading;
    private final String meaning;
    private final Style style;

    Measure(String key, String label, String heading, String meaning, Style style) {
        this.key = key;
        this.label = label;
        this.heading = heading;
        this.meaning = meaning;
        this.style = style;
    }

    /** The field name in the Views API's JSON and the column name in the CSV downloads. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** A short column heading for tables. */
    public String heading() {
        return heading;
    }

    /** What the measure counts, in a sentence. */
    public String meaning() {
        return meaning;
    }

    public Style style() {
        return style;
    }

    /** Whether a share of a larger area makes sense: not for a net change, which can be negative. */
    public boolean hasShare() {
        return style != Style.SIGNED;
    }
}
