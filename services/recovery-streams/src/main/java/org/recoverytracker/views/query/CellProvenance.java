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
        final Map<String, Long> byPartnerAndKind = new TreeMap<>();
        final Map<String, SchemaVersion> schemas = new TreeMap<>();
        final List<String> lines = new ArrayList<>(counted.size());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Contribution contribution : counted) {
            final EventProvenance provenance = contribution.provenance();
            byPartnerAndKind.merge(
                    provenance.event().partner() + "/"
                            + provenance.event().kind().id(),
                    1L,
                    Long::sum);
            final SchemaVersion schema =
                    new SchemaVersion(provenance.event().kind().recordClass().getName(), provenance.schemaVersion());
            schemas.put(schema.record() + "@" + String.format("%06d", schema.version()), schema);
            lines.add(citation(provenance));
            first = Math.min(first, provenance.receivedAt());
            last = Math.max(last, provenance.receivedAt());
        }
        final List<PartnerEvents> partners = new ArrayList<>();
        byPartnerAndKind.forEach((partnerAndKind, events) -> {
            final int slash = partnerAndKind.lastIndexOf('/');
            partners.add(
                    new PartnerEvents(partnerAndKind.substring(0, slash), partnerAndKind.substring(slash + 1), events));
        });
        return new CellProvenance(
                counted.size(),
                partners,
                List.copyOf(schemas.values()),
                counted.isEmpty() ? null : Instant.ofEpochMilli(first),
                counted.isEmpty() ? null : Instant.ofEpochMilli(last),
                digest(lines));
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
