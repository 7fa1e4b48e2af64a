package org.recoverytracker.dashboard.page;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard page ({@code recovery.dashboard}).
 *
 * @param refreshInterval how often the page in the browser asks for its figures again
 * @param concurrentRenders pages, fragments and downloads read and rendered at once
 * @param waitingRenders more that wait for a turn; beyond them the page answers 503 at once
 * @param renderWait how long one waits for its turn before it gets a 503
 * @param figures which figures the page shows: {@code open} (the default) for a page anyone can
 *     read, or {@code exact} only for a page behind the operator's own access control
 */
@ConfigurationProperties("recovery.dashboard")
public record DashboardSettings(
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue("4") int concurrentRenders,
        @DefaultValue("32") int waitingRenders,
        @DefaultValue("2s") Duration renderWait,
        @DefaultValue("open") ShownFigures figures) {

    /** Which figures the page shows. */
    public enum ShownFigures {
        /**
         * The latest release of the disclosure-controlled open views: rounded, with small cells
         * suppressed and changes held back until enough organisations make them, as published on
         * {@code /open/v1}. The page has no provenance, which counts single reports.
         */
        OPEN,
        /** The live exact views, as {@code /v1} answers them, with each figure's provenance. */
        EXACT
    }
}
