package org.recoverytracker.views.topology;

import org.recoverytracker.views.areas.AreaMetrics;

/**
 * What the topology reports as it runs, for the pipeline-health dashboard and alerts. Metrics are
 * outside the exactly-once transaction: a batch that is aborted and redone is counted again, which
 * is right for watching the pipeline and irrelevant to the views.
 */
public interface TopologyMetrics extends AreaMetrics {

    /** Reports nothing; for tests that do not look at metrics. */
    TopologyMetrics NONE = new TopologyMetrics() {
        @Override
        public void deadLetter(String sourceTopic) {}

        @Override
        public void viewUpdated(long changedAtMillis) {}

        @Override
        public void skipped(String kind) {}
    };

    /** A record of this topic went to the dead-letter topic. */
    void deadLetter(String sourceTopic);

    /**
     * A change reached the views.
     *
     * @param changedAtMillis when the event record was written (its timestamp), so that now minus
     *                        it is the end-to-end delay from the partner's accepted request to the view
     */
    void viewUpdated(long changedAtMillis);
}
