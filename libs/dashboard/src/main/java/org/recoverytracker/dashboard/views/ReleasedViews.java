package org.recoverytracker.dashboard.views;

import java.util.Optional;

/**
 * The open figures as the public page reads them: the releases of the disclosure-controlled views,
 * implemented by the service that keeps them. The page reads one release for everything it shows,
 * so that a release cut while it renders can't mix two releases on one page.
 */
public interface ReleasedViews {

    /** The latest release, or empty before the first. */
    Optional<FiguresRelease> latest();

    /**
     * The figures of a release, read through the same interface as the exact views: measures that
     * are not published are null with their GSS flags, weeks are provisional as they were on the
     * release's day, and no provenance is given (it would count single reports).
     */
    RecoveryViews of(FiguresRelease release);
}
