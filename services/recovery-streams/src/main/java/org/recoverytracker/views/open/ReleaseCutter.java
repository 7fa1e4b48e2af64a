package org.recoverytracker.views.open;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.query.OrganisationCell;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a release of the open views: gathers what every organisation adds to every week view from
 * every instance, applies profile {@code sdc-1} against the basis the previous release left
 * ({@link ReleaseRules}), and writes the release ({@link ReleaseTopics}). Returns once this
 * instance's copy of the releases holds it, so that the caller can read it at once.
 */
public final class ReleaseCutter {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseCutter.class);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

    private final ViewQueries queries;
    private final AreaDefinitions areas;
    private final ReleaseTopics topics;
    private final OpenReleases releases;
    private final OpenSettings settings;
    private final Clock clock;

    ReleaseCutter(
            ViewQueries queries,
            AreaDefinitions areas,
            ReleaseTopics topics,
            OpenReleases releases,
            OpenSettings settings,
            Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.topics = topics;
        this.releases = releases;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Cuts a release now.
     *
     * @param scheduled true for the day's scheduled release: then nothing is cut when the day has one already
     * @return the release, or empty when the day's scheduled release existed already
     * @throws ViewsUnavailableException when the views can't be gathered, or another instance cut a release at
     *                                   the same moment
     */
    public synchronized Optional<Release> cut(boolean scheduled) {
        final LocalDate today = LocalDate.now(clock.withZone(settings.releaseZone()));
        try (ReleaseTopics.Writing writing = topics.startWriting()) {
            final ReleaseTopics.State state = topics.readState();
            if (scheduled
                    && state.releases().stream()
                            .anyMatch(release ->
                                    release.scheduled() && release.date().equals(today))) {
                return Optional.empty();
            }
            final List<OrganisationCell> cells = queries.organisationCells(settings.maxOrganisationCells());
            if (cells.size() > settings.maxOrganisationCells()) {
                throw new ViewsUnavailableException("The open views can't be released: " + cells.size()
                        + " organisation contributions exceed recovery.open.max-organisation-cells ("
                        + settings.maxOrganisationCells() + ").");
            }
            final ReleaseRules.Outcome outcome = ReleaseRules.apply(
                    ExactFigures.of(cells, queries.sectorTotals(), areas.visibleTo(null)), state.basis());
            final int sequence = (int) state.releases().stream()
                            .filter(release -> release.date().equals(today))
                            .count()
                    + 1;
            final Release release = new Release(
                    Release.idOf(today, sequence),
                    today,
                    sequence,
                    scheduled,
                    outcome.cells().size());
            final Set<String> stale = new HashSet<>(state.basis().keySet());
            stale.removeAll(outcome.basis().keySet());
            writing.write(release, outcome.cells(), outcome.basis(), stale, droppedBy(state.releases()));
            LOG.info(
                    "Released the open views as {} ({} figures from {} organisation contributions)",
                    release.id(),
                    release.figures(),
                    cells.size());
            awaitVisible(release);
            return Optional.of(release);
        } catch (ProducerFencedException e) {
            throw new ViewsUnavailableException(
                    "Another instance cut a release of the open views at the same moment.", e);
        } catch (KafkaException | IllegalStateException e) {
            // Nothing of the release is visible: its transaction was aborted, or never committed.
            LOG.warn("A release of the open views failed: {}", e.toString());
            throw new ViewsUnavailableException("The release could not be written to Kafka: " + e.getMessage(), e);
        }
    }

    /** The oldest releases beyond those kept once one more is added, with the keys of their figures. */
    private Map<Release, Collection<String>> droppedBy(List<Release> existing) {
        final Map<Release, Collection<String>> dropped = new LinkedHashMap<>();
        final int beyond = existing.size() + 1 - settings.releasesKept();
        for (int i = 0; i < beyond; i++) {
            dropped.put(existing.get(i), releases.keysOf(existing.get(i)));
        }
        return dropped;
    }

    private void awaitVisible(Release release) {
        final Instant deadline = clock.instant().plus(VISIBLE_WITHIN);
        while (releases.byId(release.id()).isEmpty()) {
            if (clock.instant().isAfter(deadline)) {
                throw new ViewsUnavailableException(
                        "Release " + release.id() + " was written but has not reached this instance yet.");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewsUnavailableException("Interrupted while waiting for release " + release.id() + ".", e);
            }
        }
    }
}
