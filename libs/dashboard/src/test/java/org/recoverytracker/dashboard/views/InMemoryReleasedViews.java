package org.recoverytracker.dashboard.views;

import java.util.Optional;

/**
 * Releases of the open views held in memory, for the dashboard's tests: no release until a test
 * publishes one; the latest release's figures are views a test fills as it fills the exact ones;
 * and the releases can be made unreadable, as while the service starts.
 */
public final class InMemoryReleasedViews implements ReleasedViews {

    private final InMemoryRecoveryViews figures = new InMemoryRecoveryViews();
    private volatile FiguresRelease latest;
    private volatile boolean unavailable;

    /** Publishes a release: the page reads {@link #figures()} as its figures from now on. */
    public InMemoryReleasedViews publish(FiguresRelease release) {
        latest = release;
        return this;
    }

    /** The latest release's figures, for a test to fill. */
    public InMemoryRecoveryViews figures() {
        return figures;
    }

    /** Makes the releases unreadable until {@link #reset()}. */
    public InMemoryReleasedViews unavailable() {
        unavailable = true;
        return this;
    }

    public void reset() {
        latest = null;
        unavailable = false;
        figures.reset();
    }

    @Override
    public Optional<FiguresRelease> latest() {
        if (unavailable) {
            throw new FiguresUnavailableException("The releases are not ready yet", null);
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public RecoveryViews of(FiguresRelease release) {
        if (!release.equals(latest)) {
            throw new IllegalArgumentException("no release " + release.id());
        }
        return figures;
    }
}
