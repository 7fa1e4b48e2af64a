package org.recoverytracker.views.query;

import java.util.List;
import org.recoverytracker.views.topology.Contribution;

/**
 * A page of the events behind a figure, in key order (week, kind, partner, event id), as the
 * instance that owns the place lists them.
 *
 * @param events the events of the page: every partner's, or one partner's when the listing was for one
 * @param eventsByPartner the number of events behind the figure from each partner, all pages together
 * @param nextCursor where the next page starts, or null after the last
 */
public record CellEventsPage(
        List<Contribution> events, List<CellProvenance.PartnerEvents> eventsByPartner, String nextCursor) {}
