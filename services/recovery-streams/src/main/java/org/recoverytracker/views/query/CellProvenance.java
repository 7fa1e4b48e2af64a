package org.recoverytracker.views.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recoverytracker.schemas.Sha256;
import org.recoverytracker.views.topology.Contribution;
import org.recoverytracker.views.topology.EventProvenance;
import org.recoverytracker.views.topology.EventRef;

/**
 * Where a figure comes from, without naming any event: how many live events are behind it, from
 * which partners and kinds, in which schema versions, received when, and its digest.
 *
 * @param events the number of live events behind the figure
 * @param partners events per partner and kind, in that order
 * @param schemaVersions the writer schemas of the versions that count, in record and version order
 * @param digest {@code sha256:} and the hex SHA-256 of the sorted lines
 *               {@code partner/kind/eventId@sha256(value)}, each ended by a line feed: the figure's
 *               citation key, the same after duplicates and replays, different after any
 *               correction or retraction
 */
public record CellProvenance(
        long events,
        List<PartnerEvents> partners,
        List<SchemaVersion> schemaVersions,
        Instant firstReceivedAt,
        Instant lastReceivedAt,
        String digest) {

    /** The number of live events one partner posted of one kind. */
    public record PartnerEvents(String partner, String kind, long events) {}

    /** A writer schema: the record's full name and its number in the record's schema history. */
    public record SchemaVersion(String record, int version) {}

    /** The provenance of the events behind a figure, in any order. */
    static CellProvenance of(List<Contribution> counted) {
        final Map<String, SchemaVersion> schemas = new TreeMap<>();
        final List<String> lines = new ArrayList<>(counted.size());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Contribution contribution : counted) {
            final EventProvenance provenance = contribution.provenance();
            final SchemaVersion schema =
                    new SchemaVersion(provenance.event().kind().recordClass().getName(), provenance.schemaVersion());
            schemas.put(schema.record() + "@" + String.format("%06d", schema.version()), schema);
            lines.add(citation(provenance));
            first = Math.min(first, provenance.receivedAt());
            last = Math.max(last, provenance.receivedAt());
        }
        return new CellProvenance(
                counted.size(),
                partnersOf(counted),
                List.copyOf(schemas.values()),
                counted.isEmpty() ? null : Instant.ofEpochMilli(first),
                counted.isEmpty() ? null : Instant.ofEpochMilli(last),
                digest(lines));
    }

    /** The number of events per partner and kind, in that order: all a listing needs of the others' events. */
    static List<PartnerEvents> partnersOf(List<Contribution> counted) {
        final Map<String, Map<String, Long>> byPartner = new TreeMap<>();
        for (Contribution contribution : counted) {
            final EventRef event = contribution.provenance().event();
            byPartner
                    .computeIfAbsent(event.partner(), partner -> new TreeMap<>())
                    .merge(event.kind().id(), 1L, Long::sum);
        }
        final List<PartnerEvents> partners = new ArrayList<>();
        byPartner.forEach((partner, byKind) ->
                byKind.forEach((kind, events) -> partners.add(new PartnerEvents(partner, kind, events))));
        return partners;
    }

    /** One event's line in the digest. */
    static String citation(EventProvenance provenance) {
        return provenance.event().identity() + "@" + provenance.valueSha256();
    }

    private static String digest(List<String> lines) {
        lines.sort(null);
        final MessageDigest digest = Sha256.newDigest();
        for (String line : lines) {
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}
