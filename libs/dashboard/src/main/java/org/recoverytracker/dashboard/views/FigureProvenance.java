package org.recoverytracker.dashboard.views;

import java.time.Instant;
import java.util.List;

/**
 * Where the figure of a place × sector (or of one week of it) comes from, without naming any
 * event: the figure itself, how many live events are behind it, from which partners and kinds, in
 * which schema versions, received when, and its digest — what the Views API's {@code provenance}
 * answers.
 *
 * @param figures the figure's measures, read beside its provenance
 * @param events the number of live events behind the figure; more than 0 (no live events is no provenance)
 * @param partners events per partner and kind, in that order
 * @param schemaVersions the writer schemas of the events' versions, in record and version order
 * @param digest {@code sha256:} and a hex SHA-256 over the live events behind the figure, each by its
 *               identity and content: the figure's citation key, the same after a partner resends an
 *               event or the views are rebuilt, different after any correction or retraction
 */
public record FigureProvenance(
        Figures figures,
        long events,
        List<PartnerEvents> partners,
        List<SchemaVersion> schemaVersions,
        Instant firstReceivedAt,
        Instant lastReceivedAt,
        String digest) {

    public FigureProvenance {
        partners = List.copyOf(partners);
        schemaVersions = List.copyOf(schemaVersions);
    }

    /** The number of live events one partner posted of one kind ({@code job-loss}, {@code business-support}, ...). */
    public record PartnerEvents(String partner, String kind, long events) {}

    /** A writer schema: the record's full name and its number in the record's schema history. */
    public record SchemaVersion(String record, int version) {}
}
